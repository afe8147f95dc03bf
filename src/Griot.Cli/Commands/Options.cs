using System.ComponentModel;
using Griot.Core.Time;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Griot.Cli.Commands;

/// <summary>How a query prints its answer.</summary>
public enum OutputFormat
{
    Table,
    Json,
}

/// <summary>Options of every command that uses the knowledge store.</summary>
public class StoreSettings : CommandSettings
{
    [CommandOption("--db <LOCATION>")]
    [Description("The knowledge store: a file, or a PostgreSQL connection string (Host=…;Database=…) (default: $GRIOT_DB, else griot/griot.db in the user's data folder). Created and seeded on first use.")]
    public string? Database { get; init; }

    /// <summary>Checks a day given on the command line; <paramref name="name"/> names the option in the message.</summary>
    protected static ValidationResult CheckDay(string? text, string name)
    {
        if (text is null)
        {
            return ValidationResult.Success();
        }

        var day = DayArgument.Parse(text, name);
        return day.Success ? ValidationResult.Success() : ValidationResult.Error(day.Error!);
    }
}

/// <summary>Options of the commands that answer a query, for people or for programs.</summary>
public class QuerySettings : StoreSettings
{
    [CommandOption("--format <FORMAT>")]
    [Description("table (for people) or json (for programs).")]
    [DefaultValue(OutputFormat.Table)]
    public OutputFormat Format { get; init; }
}

/// <summary>A day given on the command line: a full date, <c>YYYY-MM-DD</c>.</summary>
public static class DayArgument
{
    public static Griot.Core.ParseResult<DateOnly> Parse(string text, string name)
    {
        var date = PartialDate.Parse(text);
        if (!date.Success)
        {
            return Griot.Core.ParseResult<DateOnly>.Fail($"{name}: {date.Error}");
        }

        return date.Value.Precision == DatePrecision.Day
            ? Griot.Core.ParseResult<DateOnly>.Ok(date.Value.Earliest)
            : Griot.Core.ParseResult<DateOnly>.Fail($"{name}: '{text}' is not a day; give a full date, YYYY-MM-DD");
    }
}
