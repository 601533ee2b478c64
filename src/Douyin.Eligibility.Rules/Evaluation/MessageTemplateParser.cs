namespace Douyin.Eligibility.Rules.Evaluation;

/// <summary>Splits a message into literal text and <c>$(expression)</c> placeholders, keeping each placeholder's position.</summary>
internal static class MessageTemplateParser
{
    /// <summary>Returns the parts: literal strings and placeholder texts; reports an unclosed placeholder.</summary>
    public static List<object> Split(ExpressionText message, DiagnosticBag diagnostics)
    {
        var parts = new List<object>();
        var text = message.Text;
        var literalStart = 0;
        var i = 0;
        while (i < text.Length - 1)
        {
            if (text[i] != '$' || text[i + 1] != '(')
            {
                i++;
                continue;
            }

            var close = FindClose(text, i + 2);
            if (close < 0)
            {
                diagnostics.Error(DiagnosticCodes.UnterminatedPlaceholder, message.Locate(i));
                return parts;
            }

            if (i > literalStart)
            {
                parts.Add(text[literalStart..i]);
            }

            parts.Add(message.Slice(i + 2, close - i - 2));
            i = literalStart = close + 1;
        }

        if (literalStart < text.Length)
        {
            parts.Add(text[literalStart..]);
        }

        return parts;
    }

    /// <summary>The index of the ')' that closes a placeholder, skipping nested parentheses and quoted strings.</summary>
    private static int FindClose(string text, int start)
    {
        var depth = 0;
        char? quote = null;
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (quote is not null)
            {
                if (c == '\\') i++;
                else if (c == quote) quote = null;
                continue;
            }

            switch (c)
            {
                case '"' or '\'': quote = c; break;
                case '(': depth++; break;
                case ')' when depth == 0: return i;
                case ')': depth--; break;
            }
        }

        return -1;
    }
}
