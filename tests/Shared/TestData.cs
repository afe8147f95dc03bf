namespace Griot.Testing;

/// <summary>Paths of the repository the tests run from, and scratch folders that clean up after themselves.</summary>
internal static class TestData
{
    private static readonly Lazy<string> Root = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Join(dir.FullName, "Griot.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("the tests must run inside the Griot repository");
    });

    public static string RepositoryRoot => Root.Value;

    /// <summary>The bundled reference data, <c>data/</c>.</summary>
    public static string DataDirectory => Path.Join(RepositoryRoot, "data");
}

/// <summary>A fresh folder under the temp directory, deleted on dispose.</summary>
internal sealed class ScratchFolder : IDisposable
{
    public ScratchFolder()
    {
        Path = System.IO.Path.Join(System.IO.Path.GetTempPath(), "griot-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string File(string name) => System.IO.Path.Join(Path, name);

    /// <summary>A copy of the bundled data folder, for tests that break it.</summary>
    public string CopyOfData()
    {
        var target = File("data");
        foreach (var file in Directory.EnumerateFiles(TestData.DataDirectory, "*", SearchOption.AllDirectories))
        {
            var to = System.IO.Path.Join(target, System.IO.Path.GetRelativePath(TestData.DataDirectory, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(to)!);
            System.IO.File.Copy(file, to);
        }

        return target;
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open is left to the temp folder's own cleanup.
        }
    }
}
