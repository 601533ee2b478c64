using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using Douyin.Eligibility.Snapshots;

namespace Douyin.Eligibility.Json;

/// <summary>
/// A quick reader of the commonest snapshot, <see cref="MerchantSnapshot"/> (with its products, controller stores and
/// penalties), in one pass of <see cref="Utf8JsonReader"/>: no boxing of each value as the serializer's metadata path does
/// for init-only properties, and the check for repeated properties done on the way. It takes only what it is sure the
/// serializer reads the same way (known, unescaped names, each once; values of the exact token type). Anything else —
/// any error, any doubt — makes it give up, and the item is read by the serializer, which gives the value or the error
/// exactly as before. So a success here is always the serializer's value.
/// </summary>
internal static partial class FastSnapshotReader
{
    public static bool TryRead<T>(ReadOnlySpan<byte> utf8, [NotNullWhen(true)] out T? value)
        where T : class
    {
        value = null;
        if (typeof(T) != typeof(MerchantSnapshot))
        {
            return false;
        }

        try
        {
            var reader = new Utf8JsonReader(utf8);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject || Merchant(ref reader) is not { } merchant || reader.Read())
            {
                return false;
            }

            value = (T)(object)merchant;
            return true;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            // Broken JSON, or a string that is not valid UTF-8 (GetString's InvalidOperationException): the serializer words it.
            return false;
        }
    }

    /// <summary>The JSON names this reader knows for <paramref name="type"/> (tests hold them to the serializer's contract).</summary>
    internal static IReadOnlyList<string> KnownNames(Type type)
    {
        var names = type == typeof(MerchantSnapshot) ? MerchantNames
            : type == typeof(ControllerStoreSnapshot) ? ControllerNames
            : type == typeof(PenaltyRecord) ? PenaltyNames
            : type == typeof(ProductSnapshot) ? ProductNames
            : [];
        return [.. names.Select(System.Text.Encoding.UTF8.GetString)];
    }

    private static readonly byte[][] MerchantNames = Names(
        "id", "asOf", "shopName", "isSettled", "isStoreOpened", "isStoreStatusNormal", "isAccountStatusNormal", "settledDate",
        "gmv30dFen", "storeScore", "positiveRate", "experienceScore", "experienceScoreScale", "sellsVirtualGoodsOnly",
        "warehouseInspectionPassed", "isAllianceConnected", "isErpIntegrated", "isBrandQualificationCompliant", "isJudgedUnsuitable",
        "allianceOpeningsUsed", "wasClearedForViolation", "seriousViolationPoints30d", "penaltyHistoryFrom", "penalties",
        "controllerStoresKnown", "controllerStores", "products");

    private static readonly byte[][] ControllerNames = Names("id", "hasSeriousViolationPenalty", "hasSeriousTransactionSafetyIncident", "penalties");

    private static readonly byte[][] PenaltyNames = Names("rule", "date", "severity", "description", "points");

    private static readonly byte[][] ProductNames = Names(
        "id", "title", "category", "qualityReturnRate", "qualityReturnRateThreshold", "pickupRate24h", "customerServiceSatisfactionRate",
        "isCleared", "clearedDate");

    private static readonly byte[][] ScaleNames = Names(Enum.GetNames<ScoreScale>());

    private static readonly ScoreScale[] ScaleValues = Enum.GetValues<ScoreScale>();

    /// <summary>
    /// Moves to the next property name of the current object and returns its index in <paramref name="names"/>, or -1 at
    /// the object's end (the reader then stands on it) or to give up (an unknown, escaped or repeated name: the reader
    /// stands elsewhere). Leaves the reader on the property's value.
    /// </summary>
    private static int Next(ref Utf8JsonReader reader, byte[][] names, ref ulong seen, ref int guess)
    {
        if (!reader.Read() || reader.TokenType != JsonTokenType.PropertyName || reader.ValueIsEscaped)
        {
            return -1;
        }

        var name = reader.ValueSpan;
        var found = -1;
        if (guess < names.Length && name.SequenceEqual(names[guess]))
        {
            found = guess;
        }
        else
        {
            for (var i = 0; i < names.Length; i++)
            {
                if (name.SequenceEqual(names[i]))
                {
                    found = i;
                    break;
                }
            }
        }

        var bit = 1UL << found;
        if (found < 0 || (seen & bit) != 0 || !reader.Read())
        {
            return -2;
        }

        seen |= bit;
        guess = found + 1;
        return found;
    }

    private static byte[][] Names(params string[] names) => [.. names.Select(System.Text.Encoding.UTF8.GetBytes)];
}
