using System.Diagnostics.CodeAnalysis;
using Douyin.Eligibility.Snapshots;

namespace Douyin.Eligibility.Json;

/// <summary>
/// A quick reader of the commonest snapshot, <see cref="MerchantSnapshot"/> (with its products, controller stores and
/// penalties), in one pass of <see cref="SnapshotScanner"/> (a scanner specialised to what snapshots hold: names matched as
/// bytes, dates and enum names compared as bytes, strings decoded straight to UTF-16): no boxing of each value as the
/// serializer's metadata path does for init-only properties, and the check for repeated properties done on the way. It takes only what it is sure the
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

        var scanner = new SnapshotScanner(utf8);
        if (!scanner.TryConsume((byte)'{') || Merchant(ref scanner) is not { } merchant || !scanner.AtEnd())
        {
            return false;
        }

        value = (T)(object)merchant;
        return true;
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

    // What Next returns at the object's end; any other negative value means give up.
    private const int EndOfObject = -1;

    /// <summary>
    /// Moves to the next property name of the current object and returns its index in <paramref name="names"/>, or
    /// <see cref="EndOfObject"/> at the object's end (consumed), or -2 to give up (an unknown, escaped or repeated name,
    /// or anything but a comma, a name and a colon). Leaves the scanner before the property's value.
    /// </summary>
    private static int Next(ref SnapshotScanner scanner, byte[][] names, ref ulong seen, ref int guess)
    {
        // Names usually come in the contract's order: the one after the last is tried first.
        var expected = guess < names.Length ? names[guess] : [];
        if (!scanner.TryNextName(first: seen == 0, expected, out var name, out var end))
        {
            return end ? EndOfObject : -2;
        }

        var found = -1;
        if (guess < names.Length && name.Length == expected.Length && name.SequenceEqual(expected))
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
        if (found < 0 || (seen & bit) != 0)
        {
            return -2;
        }

        seen |= bit;
        guess = found + 1;
        return found;
    }

    private static byte[][] Names(params string[] names) => [.. names.Select(System.Text.Encoding.UTF8.GetBytes)];
}
