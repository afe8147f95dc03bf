namespace Griot.Core.Statements;

/// <summary>What the checker concludes of a claim against the knowledge base.</summary>
public enum Verdict
{
    /// <summary>A matching statement holds at the claim's time.</summary>
    Supported,

    /// <summary>A conflicting statement holds: a closed-world list, a conflicting stance or a wrong date.</summary>
    Contradicted,

    /// <summary>The claim held once but no longer holds now (or at the document's date).</summary>
    Outdated,

    /// <summary>The knowledge base says nothing either way.</summary>
    Unverified,
}
