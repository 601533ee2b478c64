namespace Douyin.Eligibility.Rules;

/// <summary>A named, typed input of a workflow, e.g. <c>merchant</c> of type <c>MerchantSnapshot</c>.</summary>
/// <param name="Name">The name expressions use (<c>input1</c>, <c>input2</c> … also work, by position).</param>
/// <param name="TypeName">The registered type name written in the file.</param>
/// <param name="Type">The CLR type the input must have.</param>
public sealed record WorkflowInput(string Name, string TypeName, Type Type);
