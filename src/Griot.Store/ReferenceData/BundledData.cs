using System.Security.Cryptography;
using System.Text;

namespace Griot.Store.ReferenceData;

/// <summary>The reference data shipped with Griot did not pass the linter; nothing was written.</summary>
public sealed class BundledDataException(IReadOnlyList<DataDiagnostic> errors)
    : Exception($"the bundled reference data has {errors.Count} error(s); first: {errors[0]}")
{
    public IReadOnlyList<DataDiagnostic> Errors { get; } = errors;
}

/// <summary>
/// Seeds a store from the bundled reference data, and seeds it again whenever those files change:
/// a hash of the files is kept in the store's metadata, and a changed hash replaces every bundled
/// row (rows imported by users stay) in one transaction.
/// </summary>
public static class BundledData
{
    public const string Origin = "bundled";
    public const string HashKey = "bundled_data_hash";

    // Bump when the way rows become statements changes, so stores are re-seeded.
    private const string LoaderVersion = "1";

    /// <summary>Seeds <paramref name="store"/> when it lacks the data in <paramref name="directory"/>; true when it wrote.</summary>
    /// <exception cref="BundledDataException">The data has errors.</exception>
    public static async Task<bool> EnsureSeededAsync(IKnowledgeStore store, string directory, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var hash = Hash(directory);
        if (await store.GetMetaAsync(HashKey, cancellationToken) == hash)
        {
            return false;
        }

        var data = ReferenceDataReader.ReadDirectory(directory);
        var errors = DataLinter.Lint(data).Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
        if (errors.Length > 0)
        {
            throw new BundledDataException(errors);
        }

        await store.ImportAsync(data.ToKnowledgeSet(),
            new ImportOptions(Origin, ReplaceOrigin: true, new Dictionary<string, string> { [HashKey] = hash }), cancellationToken);
        return true;
    }

    /// <summary>A hash of every data file's path and content under <paramref name="directory"/>.</summary>
    public static string Hash(string directory)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(Encoding.UTF8.GetBytes(LoaderVersion + "\n"));
        foreach (var file in ReferenceDataReader.DataFiles(directory))
        {
            sha.AppendData(Encoding.UTF8.GetBytes(Path.GetRelativePath(directory, file).Replace('\\', '/') + "\n"));
            sha.AppendData(File.ReadAllBytes(file));
        }

        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }
}
