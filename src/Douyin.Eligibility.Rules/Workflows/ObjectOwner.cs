namespace Douyin.Eligibility.Rules.Workflows;

/// <summary>The object a message is about, e.g. <c>rule 'R1'</c>, or <c>a rule</c> while its name is unknown.</summary>
internal readonly record struct ObjectOwner(string Kind, string? Name)
{
    /// <summary>The owner for the start of a sentence: <c>Rule 'R1'</c> or <c>A rule</c>.</summary>
    public string Sentence => char.ToUpperInvariant(ToString()[0]) + ToString()[1..];

    public override string ToString()
        => Name is not null ? $"{Kind} '{Name}'" : $"{("aeiou".Contains(Kind[0]) ? "an" : "a")} {Kind}";
}
