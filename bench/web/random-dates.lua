-- wrk script: each request asks Mali's profile on a different day between 1960 and 2026,
-- so no answer is served twice in a row.
math.randomseed(42)
request = function()
  local year = math.random(1960, 2026)
  local month = math.random(1, 12)
  local day = math.random(1, 28)
  local path = string.format("/api/actors/MLI/profile?asOf=%04d-%02d-%02d", year, month, day)
  return wrk.format("GET", path)
end
