using System.Buffers.Text;
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
internal static class FastSnapshotReader
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
        catch (JsonException)
        {
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

    // Reads from the token after the object's start to its end; null to give up.
    private static MerchantSnapshot? Merchant(ref Utf8JsonReader reader)
    {
        string? id = null, shopName = null;
        DateOnly asOf = default;
        DateOnly? settledDate = null, penaltyHistoryFrom = null;
        bool? isSettled = null, isStoreOpened = null, isStoreStatusNormal = null, isAccountStatusNormal = null, sellsVirtualGoodsOnly = null,
            warehouseInspectionPassed = null, isAllianceConnected = null, isErpIntegrated = null, isBrandQualificationCompliant = null,
            isJudgedUnsuitable = null, wasClearedForViolation = null, controllerStoresKnown = null;
        long? gmv = null;
        decimal? storeScore = null, positiveRate = null, experienceScore = null;
        ScoreScale? scale = null;
        int? openings = null, points = null;
        List<PenaltyRecord>? penalties = null;
        List<ControllerStoreSnapshot>? controllers = null;
        List<ProductSnapshot>? products = null;
        ulong seen = 0;
        var guess = 0;
        while (Next(ref reader, MerchantNames, ref seen, ref guess) is var p and >= 0)
        {
            var ok = p switch
            {
                0 => String(ref reader, nullable: false, out id),
                1 => Date(ref reader, out asOf),
                2 => String(ref reader, nullable: true, out shopName),
                3 => Bool(ref reader, out isSettled),
                4 => Bool(ref reader, out isStoreOpened),
                5 => Bool(ref reader, out isStoreStatusNormal),
                6 => Bool(ref reader, out isAccountStatusNormal),
                7 => NullableDate(ref reader, out settledDate),
                8 => Long(ref reader, out gmv),
                9 => Decimal(ref reader, out storeScore),
                10 => Decimal(ref reader, out positiveRate),
                11 => Decimal(ref reader, out experienceScore),
                12 => Scale(ref reader, out scale),
                13 => Bool(ref reader, out sellsVirtualGoodsOnly),
                14 => Bool(ref reader, out warehouseInspectionPassed),
                15 => Bool(ref reader, out isAllianceConnected),
                16 => Bool(ref reader, out isErpIntegrated),
                17 => Bool(ref reader, out isBrandQualificationCompliant),
                18 => Bool(ref reader, out isJudgedUnsuitable),
                19 => Int(ref reader, out openings),
                20 => Bool(ref reader, out wasClearedForViolation),
                21 => Int(ref reader, out points),
                22 => NullableDate(ref reader, out penaltyHistoryFrom),
                23 => Penalties(ref reader, out penalties),
                24 => Bool(ref reader, out controllerStoresKnown),
                25 => Controllers(ref reader, out controllers),
                26 => Products(ref reader, out products),
                _ => false,
            };
            if (!ok)
            {
                return null;
            }
        }

        // Every property is set, as the serializer's generated constructor call sets them (a missing one to its default).
        return reader.TokenType != JsonTokenType.EndObject ? null : new MerchantSnapshot
        {
            Id = id!, AsOf = asOf, ShopName = shopName, IsSettled = isSettled, IsStoreOpened = isStoreOpened, IsStoreStatusNormal = isStoreStatusNormal,
            IsAccountStatusNormal = isAccountStatusNormal, SettledDate = settledDate, Gmv30dFen = gmv, StoreScore = storeScore, PositiveRate = positiveRate,
            ExperienceScore = experienceScore, ExperienceScoreScale = scale, SellsVirtualGoodsOnly = sellsVirtualGoodsOnly,
            WarehouseInspectionPassed = warehouseInspectionPassed, IsAllianceConnected = isAllianceConnected, IsErpIntegrated = isErpIntegrated,
            IsBrandQualificationCompliant = isBrandQualificationCompliant, IsJudgedUnsuitable = isJudgedUnsuitable, AllianceOpeningsUsed = openings,
            WasClearedForViolation = wasClearedForViolation, SeriousViolationPoints30d = points, PenaltyHistoryFrom = penaltyHistoryFrom,
            Penalties = penalties!, ControllerStoresKnown = controllerStoresKnown, ControllerStores = controllers!, Products = products!,
        };
    }

    private static ControllerStoreSnapshot? Controller(ref Utf8JsonReader reader)
    {
        string? id = null;
        bool? violation = null, incident = null;
        List<PenaltyRecord>? penalties = null;
        ulong seen = 0;
        var guess = 0;
        while (Next(ref reader, ControllerNames, ref seen, ref guess) is var p and >= 0)
        {
            var ok = p switch
            {
                0 => String(ref reader, nullable: false, out id),
                1 => Bool(ref reader, out violation),
                2 => Bool(ref reader, out incident),
                3 => Penalties(ref reader, out penalties),
                _ => false,
            };
            if (!ok)
            {
                return null;
            }
        }

        return reader.TokenType != JsonTokenType.EndObject ? null : new ControllerStoreSnapshot
        {
            Id = id!, HasSeriousViolationPenalty = violation, HasSeriousTransactionSafetyIncident = incident, Penalties = penalties!,
        };
    }

    private static PenaltyRecord? Penalty(ref Utf8JsonReader reader)
    {
        string? rule = null, severity = null, description = null;
        DateOnly date = default;
        int? points = null;
        ulong seen = 0;
        var guess = 0;
        while (Next(ref reader, PenaltyNames, ref seen, ref guess) is var p and >= 0)
        {
            var ok = p switch
            {
                0 => String(ref reader, nullable: false, out rule),
                1 => Date(ref reader, out date),
                2 => String(ref reader, nullable: true, out severity),
                3 => String(ref reader, nullable: true, out description),
                4 => Int(ref reader, out points),
                _ => false,
            };
            if (!ok)
            {
                return null;
            }
        }

        return reader.TokenType != JsonTokenType.EndObject ? null
            : new PenaltyRecord { Rule = rule!, Date = date, Severity = severity, Description = description, Points = points };
    }

    private static ProductSnapshot? Product(ref Utf8JsonReader reader)
    {
        string? id = null, title = null, category = null;
        decimal? returnRate = null, threshold = null, pickup = null, satisfaction = null;
        bool? cleared = null;
        DateOnly? clearedDate = null;
        ulong seen = 0;
        var guess = 0;
        while (Next(ref reader, ProductNames, ref seen, ref guess) is var p and >= 0)
        {
            var ok = p switch
            {
                0 => String(ref reader, nullable: false, out id),
                1 => String(ref reader, nullable: true, out title),
                2 => String(ref reader, nullable: true, out category),
                3 => Decimal(ref reader, out returnRate),
                4 => Decimal(ref reader, out threshold),
                5 => Decimal(ref reader, out pickup),
                6 => Decimal(ref reader, out satisfaction),
                7 => Bool(ref reader, out cleared),
                8 => NullableDate(ref reader, out clearedDate),
                _ => false,
            };
            if (!ok)
            {
                return null;
            }
        }

        return reader.TokenType != JsonTokenType.EndObject ? null : new ProductSnapshot
        {
            Id = id!, Title = title, Category = category, QualityReturnRate = returnRate, QualityReturnRateThreshold = threshold,
            PickupRate24h = pickup, CustomerServiceSatisfactionRate = satisfaction, IsCleared = cleared, ClearedDate = clearedDate,
        };
    }

    private static bool Penalties(ref Utf8JsonReader reader, out List<PenaltyRecord>? list)
    {
        list = null;
        if (!StartArray(ref reader))
        {
            return false;
        }

        list = [];
        while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
        {
            if (Penalty(ref reader) is not { } item)
            {
                return false;
            }

            list.Add(item);
        }

        return reader.TokenType == JsonTokenType.EndArray;
    }

    private static bool Controllers(ref Utf8JsonReader reader, out List<ControllerStoreSnapshot>? list)
    {
        list = null;
        if (!StartArray(ref reader))
        {
            return false;
        }

        list = [];
        while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
        {
            if (Controller(ref reader) is not { } item)
            {
                return false;
            }

            list.Add(item);
        }

        return reader.TokenType == JsonTokenType.EndArray;
    }

    private static bool Products(ref Utf8JsonReader reader, out List<ProductSnapshot>? list)
    {
        list = null;
        if (!StartArray(ref reader))
        {
            return false;
        }

        list = [];
        while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
        {
            if (Product(ref reader) is not { } item)
            {
                return false;
            }

            list.Add(item);
        }

        return reader.TokenType == JsonTokenType.EndArray;
    }

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

    private static bool StartArray(ref Utf8JsonReader reader) => reader.TokenType == JsonTokenType.StartArray;

    private static bool String(ref Utf8JsonReader reader, bool nullable, out string? value)
    {
        value = null;
        if (reader.TokenType == JsonTokenType.Null)
        {
            return nullable;
        }

        if (reader.TokenType != JsonTokenType.String)
        {
            return false;
        }

        value = reader.GetString();
        return true;
    }

    private static bool Bool(ref Utf8JsonReader reader, out bool? value)
    {
        value = reader.TokenType switch
        {
            JsonTokenType.True => true,
            JsonTokenType.False => false,
            _ => null,
        };
        return value is not null || reader.TokenType == JsonTokenType.Null;
    }

    private static bool Long(ref Utf8JsonReader reader, out long? value)
    {
        value = null;
        if (reader.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var number))
        {
            value = number;
            return true;
        }

        return false;
    }

    private static bool Int(ref Utf8JsonReader reader, out int? value)
    {
        value = null;
        if (reader.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var number))
        {
            value = number;
            return true;
        }

        return false;
    }

    private static bool Decimal(ref Utf8JsonReader reader, out decimal? value)
    {
        value = null;
        if (reader.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        if (reader.TokenType == JsonTokenType.Number && reader.TryGetDecimal(out var number))
        {
            value = number;
            return true;
        }

        return false;
    }

    private static bool Scale(ref Utf8JsonReader reader, out ScoreScale? value)
    {
        value = null;
        if (reader.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        if (reader.TokenType != JsonTokenType.String || reader.ValueIsEscaped)
        {
            return false;
        }

        for (var i = 0; i < ScaleNames.Length; i++)
        {
            if (reader.ValueSpan.SequenceEqual(ScaleNames[i]))
            {
                value = ScaleValues[i];
                return true;
            }
        }

        return false;
    }

    private static bool NullableDate(ref Utf8JsonReader reader, out DateOnly? value)
    {
        value = null;
        if (reader.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        if (!Date(ref reader, out var date))
        {
            return false;
        }

        value = date;
        return true;
    }

    // Exactly yyyy-MM-dd, a real date: what the serializer's DateOnly converter takes (and it rejects any other form).
    private static bool Date(ref Utf8JsonReader reader, out DateOnly value)
    {
        value = default;
        if (reader.TokenType != JsonTokenType.String || reader.ValueIsEscaped)
        {
            return false;
        }

        var s = reader.ValueSpan;
        if (s.Length != 10 || s[4] != (byte)'-' || s[7] != (byte)'-'
            || !Utf8Parser.TryParse(s[..4], out int year, out var n1) || n1 != 4
            || !Utf8Parser.TryParse(s.Slice(5, 2), out int month, out var n2) || n2 != 2
            || !Utf8Parser.TryParse(s.Slice(8, 2), out int day, out var n3) || n3 != 2
            || !IsDigits(s[..4]) || !IsDigits(s.Slice(5, 2)) || !IsDigits(s.Slice(8, 2))
            || year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        value = new DateOnly(year, month, day);
        return true;
    }

    private static bool IsDigits(ReadOnlySpan<byte> s) => s.IndexOfAnyExceptInRange((byte)'0', (byte)'9') < 0;

    private static byte[][] Names(params string[] names) => [.. names.Select(System.Text.Encoding.UTF8.GetBytes)];
}
