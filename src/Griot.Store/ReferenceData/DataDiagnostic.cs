namespace Griot.Store.ReferenceData;

public enum DiagnosticSeverity
{
    Error,
    Warning,
}

/// <summary>A problem found in a data file: where (file, line, field), what, and how to fix it.</summary>
public sealed record DataDiagnostic(
    string File,
    int Line,
    string? Field,
    string Message,
    string? Hint = null,
    DiagnosticSeverity Severity = DiagnosticSeverity.Error)
{
    /// <summary><c>file:line: error: field: message (fix: hint)</c>, the form editors and CI logs link from.</summary>
    public override string ToString()
    {
        var severity = Severity == DiagnosticSeverity.Error ? "error" : "warning";
        var field = Field is null ? "" : $"{Field}: ";
        var hint = Hint is null ? "" : $" (fix: {Hint})";
        return $"{File}:{Line}: {severity}: {field}{Message}{hint}";
    }
}
