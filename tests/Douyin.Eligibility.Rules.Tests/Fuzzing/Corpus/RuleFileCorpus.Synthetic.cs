using System.Text;

namespace Douyin.Eligibility.Rules.Tests.Fuzzing;

/// <summary>Cases written from scratch: bytes, token soups, grammar expressions, nesting, chains, literals, Unicode, params, injection.</summary>
public sealed partial class RuleFileCorpus
{
    private const string Prefix = """{"WorkflowName": "W", "Inputs": [{"Name": "merchant", "Type": "MerchantSnapshot"}], "Rules": [""";

    private static readonly int[] Depths = [2, 10, 50, 63, 64, 65, 99, 100, 101, 127, 128, 129, 200, 500, 1000, 5000, 20_000];

    private static string RandomBytes(Random random, StringBuilder note)
    {
        var length = random.Next(4) == 0 ? random.Next(0, 8) : random.Next(0, 2048);
        var bytes = new byte[length];
        var mode = random.Next(3);
        if (mode == 0)
        {
            random.NextBytes(bytes);
        }
        else
        {
            // Mostly printable ASCII and JSON punctuation: gets further into the reader.
            for (var i = 0; i < bytes.Length; i++)
            {
                bytes[i] = (byte)(random.Next(5) == 0 ? "{}[]\":,\\"[random.Next(8)] : random.Next(0x20, 0x7f));
            }
        }

        var text = Encoding.UTF8.GetString(bytes);
        if (random.Next(3) == 0)
        {
            text = Prefix + text;
            note.Append("workflow prefix + ");
        }

        note.Append($"{length} bytes ({(mode == 0 ? "any" : "printable")})");
        return text;
    }

    private static string JsonTokenSoup(Random random, StringBuilder note)
    {
        string[] tokens = ["{", "}", "[", "]", ":", ",", "true", "false", "null", "0", "-1", "1.5", "1e999", "-0", "\"\"", "\"x\"", "\"2024-01-01\"", "\"MerchantSnapshot\"", "\"merchant\"", "\"And\"", "\"Or\"", "\"true\"", "\"merchant.IsSettled\"", "\"$(merchant.Id)\"", " ", "\n"];
        var count = random.Next(1, 400);
        var builder = new StringBuilder();
        if (random.Next(2) == 0)
        {
            builder.Append(Prefix);
        }

        for (var i = 0; i < count; i++)
        {
            builder.Append(random.Next(3) == 0 ? Str(Pick(random, ExpressionGrammar.RuleFileKeys)) : Pick(random, tokens));
        }

        note.Append($"{count} tokens");
        return builder.ToString();
    }

    private static string Soup(Random random, int max)
    {
        var count = random.Next(1, max);
        var builder = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            builder.Append(ExpressionGrammar.Token(random));
            if (random.Next(3) != 0)
            {
                builder.Append(' ');
            }
        }

        return builder.ToString();
    }

    private static string ExpressionTokenSoup(Random random, StringBuilder note)
    {
        var parameters = Enumerable.Range(0, random.Next(0, 3)).Select(i => Param($"P{i}", Soup(random, 8))).ToList();
        var rules = Enumerable.Range(0, random.Next(1, 4)).Select(i => Rule($"R{i}", Soup(random, 30), random.Next(3) == 0 ? $"m $({Soup(random, 6)}) n" : null)).ToList();
        note.Append($"{parameters.Count} params, {rules.Count} rules");
        return Workflow("W", parameters, rules);
    }

    private static string GrammarExpressions(Random random, StringBuilder note)
    {
        var grammar = new ExpressionGrammar(random);
        var parameters = Enumerable.Range(0, random.Next(0, 3)).Select(i => Param($"G{i}", grammar.Value(random.Next(0, 3)))).ToList();
        var rules = new List<string>();
        var ruleCount = random.Next(1, 3);
        for (var i = 0; i < ruleCount; i++)
        {
            var expression = grammar.Condition(random.Next(0, 5));
            if (parameters.Count > 0 && random.Next(3) == 0)
            {
                expression = $"({expression}) || G{random.Next(parameters.Count)} == null";
            }

            var message = random.Next(2) == 0 ? $"score $({grammar.Value(random.Next(0, 3))}) and $(merchant.Id)" : null;
            rules.Add(random.Next(5) == 0
                ? $$"""{"RuleName": "R{{i}}", "LocalParams": [{{Param("L", grammar.Value(1))}}], "Operator": "{{Pick(random, ["And", "Or", "AndAlso", "OrElse"])}}", "Rules": [{{Rule("C", expression, message)}}, {{Rule("D", grammar.Condition(1))}}]}"""
                : Rule($"R{i}", expression, message));
        }

        note.Append($"{parameters.Count} params, {rules.Count} rules");
        return Workflow("W", parameters, rules);
    }

    private static string DeepNesting(Random random, StringBuilder note)
    {
        var depth = Pick(random, Depths);
        var kind = random.Next(9);
        note.Append($"depth {depth}, ");
        switch (kind)
        {
            case 0:
                note.Append("JSON arrays as the file");
                return new string('[', depth) + new string(']', depth);
            case 1:
                note.Append("JSON arrays as an Expression");
                return $$"""{"WorkflowName": "W", "Inputs": {{MerchantInputs}}, "Rules": [{"RuleName": "R", "Expression": {{new string('[', depth)}}{{new string(']', depth)}}}]}""";
            case 2:
                note.Append("nested rules");
                var rule = Rule("Leaf", "merchant.IsSettled");
                for (var i = 0; i < Math.Min(depth, 3000); i++)
                {
                    rule = $$"""{"RuleName": "N{{i}}", "Operator": "{{(i % 2 == 0 ? "And" : "Or")}}", "LocalParams": [{{Param($"L{i}", i == 0 ? "1" : $"L{i - 1} + 1")}}], "Rules": [{{rule}}]}""";
                }

                return Workflow("W", [], [rule]);
            case 3:
                note.Append("parentheses");
                return SingleRule(new string('(', depth) + "merchant.IsSettled" + new string(')', depth));
            case 4:
                note.Append("unary not and minus");
                return SingleRule(new string('!', depth) + $"({new string('-', depth)}1 > 0)");
            case 5:
                var lambdas = Math.Min(depth, 40);
                note.Append($"{lambdas} nested lambdas over controller stores");
                var body = "s0.HasSeriousViolationPenalty == false";
                for (var i = lambdas - 1; i >= 0; i--)
                {
                    body = $"merchant.ControllerStores.{(i % 2 == 0 ? "Any" : "All")}(s{i} => {body} || s{i}.Id == 'x')";
                }

                return SingleRule(body);
            case 6:
                note.Append("conditionals");
                var conditional = new StringBuilder();
                for (var i = 0; i < depth; i++)
                {
                    conditional.Append("merchant.IsSettled ? (");
                }

                conditional.Append("true");
                for (var i = 0; i < depth; i++)
                {
                    conditional.Append(") : false");
                }

                return SingleRule(conditional.ToString());
            case 7:
                note.Append("function calls");
                return SingleRule(string.Concat(Enumerable.Repeat("Abs(", depth)) + "-1" + new string(')', depth) + " > 0 && " + string.Concat(Enumerable.Repeat("AddDays(", Math.Min(depth, 500))) + "AsOf" + string.Concat(Enumerable.Repeat(", 1)", Math.Min(depth, 500))) + " > AsOf");
            default:
                note.Append("placeholders in messages");
                return SingleRule("merchant.IsSettled", string.Concat(Enumerable.Repeat("$(", depth)) + "merchant.Id" + new string(')', depth));
        }
    }

    private static string LongChains(Random random, StringBuilder note)
    {
        var length = Pick(random, new[] { 10, 100, 300, 1000, 2000, 5000 });

        // Every rule, param and placeholder is compiled on its own (a few milliseconds each), so counts of those stay
        // in the hundreds; operands of one expression go to the length limit and past it.
        var kind = random.Next(8);
        note.Append($"length {length}, ");
        switch (kind)
        {
            case 0:
                note.Append("&& chain");
                return SingleRule(string.Join(" && ", Enumerable.Repeat("merchant.IsSettled", length)));
            case 1:
                note.Append("+ chain of numbers");
                return SingleRule(string.Join(" + ", Enumerable.Range(0, length).Select(i => i % 3 == 0 ? "merchant.StoreScore" : "1")) + " > 0");
            case 2:
                note.Append("+ chain of strings");
                return SingleRule(string.Join(" + ", Enumerable.Repeat("merchant.Id", length)) + " != ''", "$(" + string.Join(" + ", Enumerable.Repeat("merchant.ShopName", Math.Min(length, 100))) + ")");
            case 3:
                var count = Math.Min(length, 20);
                note.Append($"{count} sibling rules");
                return Workflow("W", [], Enumerable.Range(0, count).Select(i => Rule($"R{i}", $"merchant.AllianceOpeningsUsed != {i}", $"rule {i}: $(merchant.Id)")));
            case 4:
                var constants = Math.Min(length, 50);
                note.Append($"{constants} independent params");
                return Workflow("W", Enumerable.Range(0, constants).Select(i => Param($"P{i}", $"{i} * 2")), [Rule("R", $"P{constants - 1} > 0")]);
            case 5:
                note.Append("member chain");
                return SingleRule("merchant" + string.Concat(Enumerable.Repeat(".Products", Math.Min(length, 2000))) + ".Any()");
            case 6:
                note.Append("inputs");
                var inputs = "[" + string.Join(", ", Enumerable.Range(0, Math.Min(length, 100)).Select(i => $$"""{"Name": "m{{i}}", "Type": "MerchantSnapshot"}""")) + "]";
                return Workflow("W", [], [Rule("R", "m0.IsSettled")], inputs: inputs);
            default:
                note.Append("placeholders in one message");
                return SingleRule("merchant.IsSettled", string.Concat(Enumerable.Range(0, Math.Min(length, 20)).Select(i => $"[$(merchant.Products.Count() + {i})]")));
        }
    }

    private static string HugeLiterals(Random random, StringBuilder note)
    {
        var digits = Pick(random, new[] { 10, 19, 20, 28, 29, 30, 50, 100, 1000, 3900 });
        var number = random.Next(3) switch
        {
            0 => "9" + new string('0', digits - 1),
            1 => "0." + new string('0', digits) + "1",
            _ => new string('7', digits) + "." + new string('3', random.Next(1, 40)),
        };
        var kind = random.Next(9);
        note.Append($"{digits} digits, ");
        switch (kind)
        {
            case 0:
                note.Append("compared");
                return SingleRule($"merchant.StoreScore > {number}");
            case 1:
                note.Append("param");
                return Workflow("W", [Param("Huge", number), Param("Twice", "Huge * 2"), Param("Sum", "Huge + Huge")], [Rule("R", "merchant.Gmv30dFen < Huge || Twice > Sum", "$(Huge) $(Twice)")]);
            case 2:
                note.Append("exponent");
                return SingleRule($"merchant.StoreScore > {Pick(random, new[] { "1e5", "1E309", "1e-400", "4.1e1", "0x10", "1_000", "1..2", "01", "-0", "+1", "5LL", "5mm" })}");
            case 3:
                note.Append("JSON number values");
                return $$"""{"WorkflowName": "W", "Enabled": {{number}}, "Inputs": {{MerchantInputs}}, "Rules": [{"RuleName": "R", "Enabled": 1e999, "Expression": "true"}], "Properties": {"n": {{number}}, "m": -{{number}}e{{digits}} } }""";
            case 4:
                var size = Pick(random, new[] { 4_000, 4_001, 100_000 });
                note.Append($"string literal of {size}");
                return SingleRule($"merchant.Id == '{new string('a', size)}'");
            case 5:
                var textSize = Pick(random, new[] { 10_000, 200_000 });
                note.Append($"message and description of {textSize}");
                return $$"""{"WorkflowName": "W", "Description": {{Str(new string('d', textSize))}}, "Inputs": {{MerchantInputs}}, "Rules": [{"RuleName": "R", "Expression": "false", "ErrorMessage": {{Str(new string('e', textSize) + "$(merchant.Id)")}}}]}""";
            case 6:
                note.Append("dates");
                return Workflow("W", [], [Rule("R", $"AddDays(AsOf, {Pick(random, new[] { "2147483647", "-2147483648", "3652059", "-3652059", number })}) > AsOf && WithinLastDays(merchant.SettledDate, {Pick(random, new[] { "-2147483648", "2147483647", "0", "-1" })})")]);
            case 7:
                note.Append("checked arithmetic");
                return SingleRule(Pick(random, new[] { "2147483647 + 1 > 0", "9223372036854775807 + 1 > 0", "79228162514264337593543950335 + 1 > 0", "merchant.Gmv30dFen * 9223372036854775807 > 0", "merchant.AllianceOpeningsUsed * 2147483647 * 2147483647 > 0", "-2147483648 / -1 > 0", "merchant.AllianceOpeningsUsed / 0 > 0", "merchant.StoreScore / 0.0 > 0", "Abs(-9223372036854775808) > 0", "-9223372036854775808 % -1 == 0" }));
            default:
                note.Append("EffectiveFrom and versions");
                return $$"""{"WorkflowName": "W", "EffectiveFrom": {{Str(Pick(random, new[] { "0001-01-01", "9999-12-31", "10000-01-01", "2024-02-30", number }))}}, "EffectiveTo": {{Str(Pick(random, new[] { "0001-01-01", "9999-12-31", "2024-01-01" }))}}, "Version": {{Str(number)}}, "Inputs": {{MerchantInputs}}, "Rules": [{"RuleName": "R", "Expression": "true"}]}""";
        }
    }

    private static string OddUnicode(Random random, StringBuilder note)
    {
        string[] odd =
        [
            "\ufeff", "\u0000", "\u0001", "\u001f", "\u007f", "\u0085", "\u00a0", "\u2028", "\u2029", "\u200b", "\u200d", "\u202e", "\u2066", "\u3000", "\ud800", "\udfff",
            "\ud83d\ude00", "\U0001F600", "İ", "ı", "ſ", "K", "Σ", "ς", "ß", "ﬁ", "Ａ", "１", "＆＆", "！", "（", "）", "e\u0301", "\ufffd", "\uffff", "\\u0000", "\\ud800", "\\udc00\\ud800",
            "\\u0057", "\r", "\r\n", "\t", "\v", "\f",
        ];
        string Odd() => Pick(random, odd);
        var kind = random.Next(7);
        switch (kind)
        {
            case 0:
                note.Append("odd characters at the start");
                return Odd() + Odd() + SingleRule("merchant.IsSettled");
            case 1:
                note.Append("odd characters in names");
                var name = "W" + Odd();
                return Workflow(name, [Param("P" + Odd(), "1")], [Rule("R" + Odd(), "merchant.IsSettled"), Rule("R" + Odd(), "true")], inputs: $$"""[{"Name": {{Str("merchant" + Odd())}}, "Type": "MerchantSnapshot"}]""");
            case 2:
                note.Append("odd characters in an expression");
                var expression = new ExpressionGrammar(random).Condition(2);
                var at = random.Next(expression.Length + 1);
                return SingleRule(expression[..at] + Odd() + expression[at..]);
            case 3:
                note.Append("odd characters in string literals and messages");
                return SingleRule($"merchant.Id == '{Odd()}{Odd()}' || merchant.ShopName.Contains(\"{Odd()}\")", $"{Odd()}$(merchant.ShopName){Odd()}$({Odd()}merchant.Id)");
            case 4:
                note.Append("raw odd characters between JSON tokens");
                var json = SingleRule("merchant.IsSettled");
                var builder = new StringBuilder(json);
                for (var i = 0; i < random.Next(1, 4); i++)
                {
                    var position = random.Next(builder.Length + 1);
                    builder.Insert(position, Odd());
                }

                return builder.ToString();
            case 5:
                note.Append("names that differ only in case or by Unicode folding");
                return Workflow("W", [Param("Kelvin", "1"), Param("\u212Aelvin", "2"), Param("İd", "3"), Param("id", "4")], [Rule("R", "Kelvin + KELVIN + \u212Aelvin > 0"), Rule("r", "true"), Rule("\u0130", "true"), Rule("i\u0307", "true")]);
            default:
                note.Append("escaped keys and cultures");
                return $$"""{"\u0057orkflowName": "W", "Inputs": {{MerchantInputs}}, "Rules": [{"RuleName": "R", "Expression": "false", "Messages": {"zh-CN": "中文 $(merchant.Id)", "{{Odd()}}": "x", "en-US-x-{{Odd()}}": "y", "": "z", "tr-TR": "İ $(merchant.ShopName)"} }]}""";
        }
    }

    private static string ParamChains(Random random, StringBuilder note)
    {
        var count = random.Next(1, 21);
        string[] forms =
        [
            "{prev} + 1", "{prev} * 2 - {prev}", "-{prev}", "({prev}) ?? 0", "{prev} > 0 ? {prev} : 0", "Abs({prev})", "merchant.AllianceOpeningsUsed + {prev}",
            "merchant.ControllerStores.Count(s => {prev} > 0)", "merchant.ControllerStores.Sum(s => {prev})", "{later}", "{self} + 1", "merchant.NoSuch + {prev}",
        ];
        var parameters = new List<string> { Param("P0", random.Next(2) == 0 ? "merchant.AllianceOpeningsUsed" : "1") };
        for (var i = 1; i < count; i++)
        {
            // Forms 1 and 4 use the previous param twice: kept to short chains, since doubling chains (issue 7 items 3
            // and 10) have their own category and today compile in exponential time.
            var form = random.Next(20) == 0 ? Pick(random, forms) : Pick(random, forms.AsSpan(0, 9).ToArray());
            if (count > 8 && form is "{prev} * 2 - {prev}" or "{prev} > 0 ? {prev} : 0")
            {
                form = "{prev} + 1";
            }

            parameters.Add(Param($"P{i}", form.Replace("{prev}", $"P{random.Next(Math.Max(0, i - 3), i)}", StringComparison.Ordinal).Replace("{later}", $"P{i + 1}", StringComparison.Ordinal).Replace("{self}", $"P{i}", StringComparison.Ordinal)));
        }

        if (random.Next(4) == 0)
        {
            // A duplicate name, in another case.
            parameters.Add(Param($"p{random.Next(count)}", "2"));
        }

        var local = random.Next(2) == 0 ? $$""", "LocalParams": [{{Param($"P{count - 1}", "merchant.IsSettled")}}, {{Param("merchant", "1")}}, {{Param("Any", "true")}}]""" : string.Empty;
        var rule = $$"""{"RuleName": "R", "Expression": "P{{count - 1}} != null"{{local}}, "ErrorMessage": "$(P{{count - 1}})"}""";
        note.Append($"{count} params{(local.Length > 0 ? ", shadowing locals" : string.Empty)}");
        return Workflow("W", parameters, [rule]);
    }

    private static IReadOnlyList<(string Path, string Text)> InjectGraphs(Random random, StringBuilder note)
    {
        var count = random.Next(2, 7);
        var edges = new List<int>[count];
        for (var i = 0; i < count; i++)
        {
            edges[i] = [];
            var degree = i == count - 1 ? 0 : random.Next(0, 4);
            for (var e = 0; e < degree; e++)
            {
                // Mostly forward edges (a DAG); now and then a cycle, a self-injection or a missing target.
                edges[i].Add(random.Next(30) == 0 ? random.Next(count) : random.Next(30) == 0 ? count : random.Next(i + 1, count));
            }
        }

        // Keep the expansion (the copies of injected rules, each compiled again for every host) small: exponential and
        // quadratic expansion have their own categories (issue 7 item 2).
        var paths = new long[count + 1];
        for (var i = count - 1; i >= 0; i--)
        {
            while (true)
            {
                var total = 1 + edges[i].Where(t => t > i && t < count).Sum(t => paths[t]);
                if (total <= 6 || edges[i].Count == 0)
                {
                    paths[i] = Math.Min(total, 6);
                    break;
                }

                edges[i].RemoveAt(edges[i].Count - 1);
            }
        }

        var files = new List<(string, string)>();
        var perFile = random.Next(1, 4);
        var workflows = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var inject = edges[i].Select(t => t == count ? "Missing" : $"W{t}");
            var inputs = random.Next(40) == 0 ? """[{"Name": "merchant", "Type": "ProductSnapshot"}]""" : random.Next(40) == 0 ? """[{"Name": "other", "Type": "MerchantSnapshot"}]""" : MerchantInputs;
            workflows.Add(Workflow($"W{i}", [Param("Depth", i.ToString(System.Globalization.CultureInfo.InvariantCulture))], [Rule($"R{i}", "merchant.IsSettled != null && Depth >= 0", "$(Depth)")], inject, inputs));
        }

        for (var f = 0; f * perFile < count; f++)
        {
            var chunk = workflows.Skip(f * perFile).Take(perFile).ToList();
            files.Add(($"inject/{f:000}.json", chunk.Count == 1 ? chunk[0] : "[" + string.Join(",\n", chunk) + "]"));
        }

        note.Append($"{count} workflows, {edges.Sum(e => e.Count)} injections, {files.Count} files");
        return files;
    }
}
