namespace Griot.Cli;

/// <summary>0 ok, 1 the command failed (unknown id, bad data), 2 it was used wrongly (bad option or date).</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    public const int Failure = 1;
    public const int Usage = 2;
}
