namespace Douyin.Eligibility.Rules.Workflows.Json;

/// <summary>One <c>"name": value</c> pair of an object; <see cref="NameLocation"/> is the opening quote of the name.</summary>
internal sealed record JsonPropertyNode(string Name, SourceLocation NameLocation, JsonNode Value);
