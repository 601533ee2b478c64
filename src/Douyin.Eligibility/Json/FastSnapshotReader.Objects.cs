using System.Text.Json;
using Douyin.Eligibility.Snapshots;

namespace Douyin.Eligibility.Json;

/// <summary>The snapshot objects and lists of <see cref="FastSnapshotReader"/>: each reads to its object's end, or gives up (null or false).</summary>
internal static partial class FastSnapshotReader
{
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
}
