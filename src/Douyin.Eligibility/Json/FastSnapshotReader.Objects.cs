using Douyin.Eligibility.Snapshots;

namespace Douyin.Eligibility.Json;

/// <summary>The snapshot objects and lists of <see cref="FastSnapshotReader"/>: each reads to its object's end, or gives up (null or false).</summary>
internal static partial class FastSnapshotReader
{
    // Reads from after the object's '{' to its '}'; null to give up.
    private static MerchantSnapshot? Merchant(ref SnapshotScanner scanner)
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
        int p;
        while ((p = Next(ref scanner, MerchantNames, ref seen, ref guess)) >= 0)
        {
            var ok = p switch
            {
                0 => String(ref scanner, nullable: false, out id),
                1 => Date(ref scanner, out asOf),
                2 => String(ref scanner, nullable: true, out shopName),
                3 => Bool(ref scanner, out isSettled),
                4 => Bool(ref scanner, out isStoreOpened),
                5 => Bool(ref scanner, out isStoreStatusNormal),
                6 => Bool(ref scanner, out isAccountStatusNormal),
                7 => NullableDate(ref scanner, out settledDate),
                8 => Long(ref scanner, out gmv),
                9 => Decimal(ref scanner, out storeScore),
                10 => Decimal(ref scanner, out positiveRate),
                11 => Decimal(ref scanner, out experienceScore),
                12 => Scale(ref scanner, out scale),
                13 => Bool(ref scanner, out sellsVirtualGoodsOnly),
                14 => Bool(ref scanner, out warehouseInspectionPassed),
                15 => Bool(ref scanner, out isAllianceConnected),
                16 => Bool(ref scanner, out isErpIntegrated),
                17 => Bool(ref scanner, out isBrandQualificationCompliant),
                18 => Bool(ref scanner, out isJudgedUnsuitable),
                19 => Int(ref scanner, out openings),
                20 => Bool(ref scanner, out wasClearedForViolation),
                21 => Int(ref scanner, out points),
                22 => NullableDate(ref scanner, out penaltyHistoryFrom),
                23 => Penalties(ref scanner, out penalties),
                24 => Bool(ref scanner, out controllerStoresKnown),
                25 => Controllers(ref scanner, out controllers),
                26 => Products(ref scanner, out products),
                _ => false,
            };
            if (!ok)
            {
                return null;
            }
        }

        // Every property is set, as the serializer's generated constructor call sets them (a missing one to its default).
        return p != EndOfObject ? null : new MerchantSnapshot
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

    private static ControllerStoreSnapshot? Controller(ref SnapshotScanner scanner)
    {
        string? id = null;
        bool? violation = null, incident = null;
        List<PenaltyRecord>? penalties = null;
        ulong seen = 0;
        var guess = 0;
        int p;
        while ((p = Next(ref scanner, ControllerNames, ref seen, ref guess)) >= 0)
        {
            var ok = p switch
            {
                0 => String(ref scanner, nullable: false, out id),
                1 => Bool(ref scanner, out violation),
                2 => Bool(ref scanner, out incident),
                3 => Penalties(ref scanner, out penalties),
                _ => false,
            };
            if (!ok)
            {
                return null;
            }
        }

        return p != EndOfObject ? null : new ControllerStoreSnapshot
        {
            Id = id!, HasSeriousViolationPenalty = violation, HasSeriousTransactionSafetyIncident = incident, Penalties = penalties!,
        };
    }

    private static PenaltyRecord? Penalty(ref SnapshotScanner scanner)
    {
        string? rule = null, severity = null, description = null;
        DateOnly date = default;
        int? points = null;
        ulong seen = 0;
        var guess = 0;
        int p;
        while ((p = Next(ref scanner, PenaltyNames, ref seen, ref guess)) >= 0)
        {
            var ok = p switch
            {
                0 => String(ref scanner, nullable: false, out rule),
                1 => Date(ref scanner, out date),
                2 => String(ref scanner, nullable: true, out severity),
                3 => String(ref scanner, nullable: true, out description),
                4 => Int(ref scanner, out points),
                _ => false,
            };
            if (!ok)
            {
                return null;
            }
        }

        return p != EndOfObject ? null
            : new PenaltyRecord { Rule = rule!, Date = date, Severity = severity, Description = description, Points = points };
    }

    private static ProductSnapshot? Product(ref SnapshotScanner scanner)
    {
        string? id = null, title = null, category = null;
        decimal? returnRate = null, threshold = null, pickup = null, satisfaction = null;
        bool? cleared = null;
        DateOnly? clearedDate = null;
        ulong seen = 0;
        var guess = 0;
        int p;
        while ((p = Next(ref scanner, ProductNames, ref seen, ref guess)) >= 0)
        {
            var ok = p switch
            {
                0 => String(ref scanner, nullable: false, out id),
                1 => String(ref scanner, nullable: true, out title),
                2 => String(ref scanner, nullable: true, out category),
                3 => Decimal(ref scanner, out returnRate),
                4 => Decimal(ref scanner, out threshold),
                5 => Decimal(ref scanner, out pickup),
                6 => Decimal(ref scanner, out satisfaction),
                7 => Bool(ref scanner, out cleared),
                8 => NullableDate(ref scanner, out clearedDate),
                _ => false,
            };
            if (!ok)
            {
                return null;
            }
        }

        return p != EndOfObject ? null : new ProductSnapshot
        {
            Id = id!, Title = title, Category = category, QualityReturnRate = returnRate, QualityReturnRateThreshold = threshold,
            PickupRate24h = pickup, CustomerServiceSatisfactionRate = satisfaction, IsCleared = cleared, ClearedDate = clearedDate,
        };
    }

    private static bool Penalties(ref SnapshotScanner scanner, out List<PenaltyRecord>? list)
    {
        list = null;
        if (!scanner.TryConsume((byte)'['))
        {
            return false;
        }

        list = [];
        bool end;
        while (scanner.TryNextElement(list.Count == 0, out end))
        {
            if (!scanner.TryConsume((byte)'{') || Penalty(ref scanner) is not { } item)
            {
                return false;
            }

            list.Add(item);
        }

        return end;
    }

    private static bool Controllers(ref SnapshotScanner scanner, out List<ControllerStoreSnapshot>? list)
    {
        list = null;
        if (!scanner.TryConsume((byte)'['))
        {
            return false;
        }

        list = [];
        bool end;
        while (scanner.TryNextElement(list.Count == 0, out end))
        {
            if (!scanner.TryConsume((byte)'{') || Controller(ref scanner) is not { } item)
            {
                return false;
            }

            list.Add(item);
        }

        return end;
    }

    private static bool Products(ref SnapshotScanner scanner, out List<ProductSnapshot>? list)
    {
        list = null;
        if (!scanner.TryConsume((byte)'['))
        {
            return false;
        }

        list = [];
        bool end;
        while (scanner.TryNextElement(list.Count == 0, out end))
        {
            if (!scanner.TryConsume((byte)'{') || Product(ref scanner) is not { } item)
            {
                return false;
            }

            list.Add(item);
        }

        return end;
    }
}
