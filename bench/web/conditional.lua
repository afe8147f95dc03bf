-- wrk script: a client that revalidates what it holds. The first answer's ETag is sent back as
-- If-None-Match, so the server answers 304 Not Modified without a body.
local etag = nil
request = function()
  if etag then
    return wrk.format("GET", nil, { ["If-None-Match"] = etag })
  end
  return wrk.format("GET")
end
response = function(status, headers, body)
  if status == 200 and not etag then
    etag = headers["ETag"] or headers["etag"]
  end
end
