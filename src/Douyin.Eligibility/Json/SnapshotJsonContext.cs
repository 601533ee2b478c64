using System.Text.Json.Serialization;
using Douyin.Eligibility.Snapshots;

namespace Douyin.Eligibility.Json;

/// <summary>
/// Source-generated System.Text.Json metadata for every snapshot type: camelCase names, enums as strings,
/// <see cref="DateOnly"/> as <c>yyyy-MM-dd</c>, nulls left out when writing, and unknown properties rejected so a
/// misspelt field fails loudly instead of silently becoming "unknown".
/// </summary>
/// <remarks>
/// Prefer <see cref="SnapshotJson"/>: it also rejects derived, get-only properties (such as <c>daysSinceSettled</c>)
/// found in the input, which this context on its own would silently skip.
/// </remarks>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.Strict)]
[JsonSerializable(typeof(MerchantSnapshot))]
[JsonSerializable(typeof(BrandProviderSnapshot))]
[JsonSerializable(typeof(StoreOperationProviderSnapshot))]
[JsonSerializable(typeof(ProductSnapshot))]
internal sealed partial class SnapshotJsonContext : JsonSerializerContext;
