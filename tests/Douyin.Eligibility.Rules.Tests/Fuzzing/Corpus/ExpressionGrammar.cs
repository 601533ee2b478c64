using System.Globalization;
using System.Text;

namespace Douyin.Eligibility.Rules.Tests.Fuzzing;

/// <summary>
/// Random expressions over a <c>merchant</c> (MerchantSnapshot), mostly well typed so they reach the compiler and the
/// evaluator, with a share of deliberate mistakes (unknown names, wrong types, wrong arity) for the binder.
/// Collections are only nested over the small ones of the fixture (controller stores, penalties), so evaluation stays cheap;
/// the nested-Products shape of issue 7 has its own category.
/// </summary>
internal sealed class ExpressionGrammar(Random random)
{
    /// <summary>Keys of the rule-file format, for token soups and tree mutations.</summary>
    public static readonly string[] RuleFileKeys =
    [
        "WorkflowName", "Rules", "RuleName", "Expression", "Inputs", "Name", "Type", "GlobalParams", "LocalParams", "WorkflowsToInject", "Operator",
        "Enabled", "Properties", "Messages", "ErrorMessage", "SuccessEvent", "ReasonCode", "EffectiveFrom", "EffectiveTo", "Version", "Source",
        "Description", "RuleExpressionType", "$schema",
    ];

    private static readonly string[] MerchantBools =
    [
        "IsSettled", "IsStoreOpened", "IsStoreStatusNormal", "IsAccountStatusNormal", "SellsVirtualGoodsOnly", "WarehouseInspectionPassed", "IsAllianceConnected",
        "IsErpIntegrated", "IsBrandQualificationCompliant", "IsJudgedUnsuitable", "WasClearedForViolation", "ControllerStoresKnown",
    ];

    private static readonly string[] MerchantNumbers = ["Gmv30dFen", "StoreScore", "PositiveRate", "ExperienceScore", "AllianceOpeningsUsed", "SeriousViolationPoints30d", "DaysSinceSettled"];

    private static readonly string[] MerchantStrings = ["Id", "ShopName"];

    private static readonly string[] MerchantDates = ["AsOf", "SettledDate", "PenaltyHistoryFrom"];

    private static readonly string[] Tokens =
    [
        "merchant", "merchant.", "input1", "p", "x", "s", "AsOf", "Today", "P0", "P1", "MinStoreScore", ".", ",", "(", ")", "=>", "!", "-", "+", "*", "/", "%",
        "&&", "||", "and", "or", "AND", "not", "==", "=", "!=", "<>", "<", "<=", ">", ">=", "?", ":", "??", "null", "true", "false", "0", "1", "-1", "4.1", "5L",
        "4m", "1e5", "'a'", "\"b\"", "'", "\"", "Products", "Penalties", "ControllerStores", "IsSettled", "StoreScore", "Id", "Date", "Points", "Rule",
        "Any", "All", "Count", "Sum", "Min", "Max", "Contains", "StartsWith", "EndsWith", "Date(\"2024-01-01\")", "AddDays", "DaysBetween", "WithinLastDays",
        "Year", "StartOfYear", "Abs", "ToString", "GetType", "typeof", "new", "System", "Environment", "[", "]", "{", "}", "$(", "\\", "@", "#", "`", ";",
    ];

    /// <summary>One random expression token.</summary>
    public static string Token(Random random) => Tokens[random.Next(Tokens.Length)];

    /// <summary>An expression split at spaces and operators, with a few tokens replaced, dropped or doubled.</summary>
    public static string MutateTokens(string expression, Random random)
    {
        var parts = expression.Split(' ').ToList();
        var count = random.Next(1, 4);
        for (var i = 0; i < count && parts.Count > 0; i++)
        {
            var at = random.Next(parts.Count);
            switch (random.Next(4))
            {
                case 0: parts[at] = Token(random); break;
                case 1: parts.RemoveAt(at); break;
                case 2: parts.Insert(at, parts[at]); break;
                default: parts.Insert(at, Token(random)); break;
            }
        }

        return string.Join(' ', parts);
    }

    /// <summary>A bool expression about <c>merchant</c>.</summary>
    public string Condition(int depth) => Bool(depth, []);

    /// <summary>A value of a random type, for params and message placeholders.</summary>
    public string Value(int depth) => random.Next(4) switch
    {
        0 => Bool(depth, []),
        1 => Number(depth, []),
        2 => Text(depth, []),
        _ => DateValue(depth, []),
    };

    private string Bool(int depth, string[] lambdas)
    {
        if (random.Next(40) == 0)
        {
            return Mistake();
        }

        if (depth <= 0)
        {
            return random.Next(5) switch
            {
                0 => random.Next(2) == 0 ? "true" : "false",
                1 => $"{Merchant()}.{Pick(MerchantBools)}",
                2 when lambdas.Length > 0 => $"{Pick(lambdas)}.HasSeriousViolationPenalty",
                3 => $"{Merchant()}.{Pick(MerchantNumbers)} == null",
                _ => $"{Merchant()}.{Pick(MerchantBools)} != {(random.Next(2) == 0 ? "true" : "null")}",
            };
        }

        var d = depth - 1;
        return random.Next(14) switch
        {
            0 => $"!{Paren(Bool(d, lambdas))}",
            1 => $"{Paren(Bool(d, lambdas))} {Pick(["&&", "and", "AND"])} {Paren(Bool(d, lambdas))}",
            2 => $"{Paren(Bool(d, lambdas))} {Pick(["||", "or", "OR"])} {Paren(Bool(d, lambdas))}",
            3 => $"{Paren(Number(d, lambdas))} {Pick(["<", "<=", ">", ">=", "==", "!=", "=", "<>"])} {Paren(Number(d, lambdas))}",
            4 => $"{Paren(DateValue(d, lambdas))} {Pick(["<", "<=", ">", ">=", "==", "!="])} {Paren(DateValue(d, lambdas))}",
            5 => $"{Paren(Text(d, lambdas))} {Pick(["==", "!="])} {Paren(Text(d, lambdas))}",
            6 => $"{Paren(Text(d, lambdas))}.{Pick(["StartsWith", "EndsWith", "Contains"])}({Text(d, lambdas)})",
            7 => $"WithinLastDays({DateValue(d, lambdas)}, {Number(d, lambdas)})",
            8 => $"{Paren(Bool(d, lambdas))} ? {Paren(Bool(d, lambdas))} : {Paren(Bool(d, lambdas))}",
            9 => $"({Bool(d, lambdas)}) ?? {Bool(d, lambdas)}",
            10 => Quantified(d, lambdas, "Any"),
            11 => Quantified(d, lambdas, "All"),
            12 => $"{Merchant()}.Products.Any(p => p.IsCleared == {(random.Next(2) == 0 ? "true" : "false")} && {Paren(Number(0, lambdas))} >= 0)",
            _ => $"{Merchant()}.Penalties.Any()",
        };
    }

    /// <summary>Any/All over a small collection: controller stores, or penalties (of the merchant or of a store in scope).</summary>
    private string Quantified(int depth, string[] lambdas, string function)
    {
        var variable = "v" + lambdas.Length;
        var inner = random.Next(2) == 0 || lambdas.Length > 3
            ? $"{variable}.Rule == {Text(0, lambdas)} && WithinLastDays({variable}.Date, {random.Next(-5, 800)})"
            : Bool(depth, [.. lambdas, variable]);
        var collection = random.Next(2) == 0 ? $"{Merchant()}.ControllerStores" : $"{Merchant()}.Penalties";
        if (collection.EndsWith("Penalties", StringComparison.Ordinal) && inner.Contains("HasSerious", StringComparison.Ordinal))
        {
            collection = $"{Merchant()}.ControllerStores";
        }

        return $"{collection}.{function}({variable} => {inner})";
    }

    private string Number(int depth, string[] lambdas)
    {
        if (random.Next(50) == 0)
        {
            return Mistake();
        }

        if (depth <= 0)
        {
            return random.Next(6) switch
            {
                0 => random.Next(-3, 1000).ToString(CultureInfo.InvariantCulture),
                1 => (random.Next(0, 100000) / 100m).ToString(CultureInfo.InvariantCulture),
                2 => random.Next(10).ToString(CultureInfo.InvariantCulture) + Pick(["L", "m", ""]),
                3 => $"{Merchant()}.Products.Count()",
                _ => $"{Merchant()}.{Pick(MerchantNumbers)}",
            };
        }

        var d = depth - 1;
        return random.Next(11) switch
        {
            0 => $"{Paren(Number(d, lambdas))} {Pick(["+", "-", "*"])} {Paren(Number(d, lambdas))}",
            1 => $"{Paren(Number(d, lambdas))} {Pick(["/", "%"])} {Paren(Number(d, lambdas))}",
            2 => $"-{Paren(Number(d, lambdas))}",
            3 => $"({Number(d, lambdas)}) ?? {Number(d, lambdas)}",
            4 => $"Abs({Number(d, lambdas)})",
            5 => $"DaysBetween({DateValue(d, lambdas)}, {DateValue(d, lambdas)})",
            6 => $"Year({DateValue(d, lambdas)})",
            7 => $"{Merchant()}.Products.{Pick(["Sum", "Min", "Max"])}(p => p.{Pick(["QualityReturnRate", "PickupRate24h", "CustomerServiceSatisfactionRate"])})",
            8 => $"{Merchant()}.Penalties.{Pick(["Sum", "Count"])}(x => {(random.Next(2) == 0 ? "x.Points" : "x.Points > 1")})",
            9 => $"{Paren(Bool(d, lambdas))} ? {Paren(Number(d, lambdas))} : {Paren(Number(d, lambdas))}",
            _ => $"{Merchant()}.Products.Count(p => {Paren(Bool(0, lambdas))})",
        };
    }

    private string Text(int depth, string[] lambdas)
    {
        if (depth <= 0 || random.Next(3) != 0)
        {
            return random.Next(4) switch
            {
                0 => $"{Merchant()}.{Pick(MerchantStrings)}",
                1 => "'" + Pick(["", "a", "SHOP-1", "测试", "merchant_violation", "x'y"]).Replace("'", "", StringComparison.Ordinal) + "'",
                2 => "\"" + Pick(["", "b", "P-1", "\\u0041"]) + "\"",
                _ => lambdas.Length > 0 ? $"{Pick(lambdas)}.Id" : $"{Merchant()}.Id",
            };
        }

        return $"{Paren(Text(depth - 1, lambdas))} + {Paren(Text(depth - 1, lambdas))}";
    }

    private string DateValue(int depth, string[] lambdas)
    {
        if (depth <= 0)
        {
            return random.Next(4) switch
            {
                0 => Pick(["AsOf", "Today"]),
                1 => $"Date(\"{Pick(["2024-07-25", "2020-02-29", "0001-01-01", "9999-12-31", "2023-02-29", "2024-13-01", "24-1-1"])}\")",
                _ => $"{Merchant()}.{Pick(MerchantDates)}",
            };
        }

        return random.Next(3) switch
        {
            0 => $"AddDays({DateValue(depth - 1, lambdas)}, {Number(depth - 1, lambdas)})",
            1 => $"StartOfYear({DateValue(depth - 1, lambdas)})",
            _ => DateValue(0, lambdas),
        };
    }

    /// <summary>Something the binder must reject: unknown member or function, wrong arity or types, a lambda outside a call.</summary>
    private string Mistake() => random.Next(10) switch
    {
        0 => "merchant.NoSuchMember",
        1 => "NoSuchFunction(1)",
        2 => "merchant.StoreScore && true",
        3 => "merchant.Products.Any(p => p.Id)",
        4 => "AddDays(AsOf)",
        5 => "p => true",
        6 => "merchant.Id.GetType()",
        7 => "merchant.Products.Sum(p => p.Id)",
        8 => "merchant.Products(1)",
        _ => "Date(merchant.Id)",
    };

    private string Merchant() => random.Next(8) == 0 ? "input1" : "merchant";

    private static string Paren(string expression) => expression.Length < 4 || expression.All(c => char.IsLetterOrDigit(c) || c is '.' or '_') ? expression : $"({expression})";

    private string Pick(string[] items) => items[random.Next(items.Length)];
}
