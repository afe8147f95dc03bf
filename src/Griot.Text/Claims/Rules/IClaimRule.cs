namespace Griot.Text.Claims.Rules;

/// <summary>Finds the claims of one kind a sentence makes.</summary>
public interface IClaimRule
{
    void Apply(SentenceContext context, ClaimSink sink);
}
