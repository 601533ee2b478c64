using System.Text;
using System.Text.Json.Serialization.Metadata;
using Douyin.Eligibility.Json;
using Douyin.Eligibility.Snapshots;
using Douyin.Eligibility.Tests.Support;

namespace Douyin.Eligibility.Tests.Json;

/// <summary>
/// The quick reader against the serializer alone, item by item: over the sample lines as written (raw UTF-8), as the
/// library writes them (non-ASCII escaped, as the benchmark generator's files are), indented, and thousands of seeded
/// mutations of each (bytes deleted, inserted, replaced, repeated, cut off), the result (value, or error with its
/// line, field and text) is the same whichever reads it.
/// </summary>
public sealed class FastSnapshotReaderDifferentialTests
{
    private static readonly JsonTypeInfo<MerchantSnapshot> TypeInfo = (JsonTypeInfo<MerchantSnapshot>)SnapshotJson.Options.GetTypeInfo(typeof(MerchantSnapshot));

    // What the mutations insert or put in place of a byte: JSON's own characters, escapes, digits, letters of the
    // literals, control characters and bytes that break UTF-8.
    private static readonly byte[][] Pieces =
    [
        "\""u8.ToArray(), "\\"u8.ToArray(), ","u8.ToArray(), ":"u8.ToArray(), "{"u8.ToArray(), "}"u8.ToArray(), "["u8.ToArray(),
        "]"u8.ToArray(), " "u8.ToArray(), "\t"u8.ToArray(), "\r\n"u8.ToArray(), "0"u8.ToArray(), "7"u8.ToArray(), "-"u8.ToArray(),
        "."u8.ToArray(), "e"u8.ToArray(), "E+"u8.ToArray(), "null"u8.ToArray(), "true"u8.ToArray(), "n"u8.ToArray(),
        "\\u00e9"u8.ToArray(), "\\uD83D\\uDE00"u8.ToArray(), "\\uD83D"u8.ToArray(), "\\uDE00"u8.ToArray(), "\\n"u8.ToArray(),
        "\\/"u8.ToArray(), "\\x"u8.ToArray(), "\\u12G4"u8.ToArray(), "店"u8.ToArray(), [0x01], [0x1F], [0x7F], [0xC3], [0x80], [0xFF],
        [0xE5, 0xBA], [0xF0, 0x9F, 0x98, 0x80], "/*"u8.ToArray(),
    ];

    [Fact]
    public void Parse_SampleLinesAndTheirMutations_GiveTheSameResultQuickOrNot()
    {
        var bases = BaseLines();
        var random = new Random(20261202);
        var (compared, quickTook, mutantsTaken) = (0, 0, 0);
        var disagreements = new List<string>();

        foreach (var line in bases)
        {
            Compare(line, ref compared, ref quickTook, disagreements);
            for (var m = 0; m < 40; m++)
            {
                var mutant = Mutate(line, random);
                var before = quickTook;
                Compare(mutant, ref compared, ref quickTook, disagreements);
                mutantsTaken += quickTook - before;
            }
        }

        disagreements.Should().BeEmpty();
        compared.Should().BeGreaterThan(10_000);
        quickTook.Should().BeGreaterThan(bases.Count, "every unmutated sample line and many mutants are read quickly");
        mutantsTaken.Should().BeGreaterThan(500, "mutations that keep the line valid (whitespace, digits, escapes) are read quickly too");
    }

    [Theory]
    [InlineData("""{"id":"\"\\\/\b\f\n\r\t","asOf":"2024-07-25"}""")]
    [InlineData("""{"id":"S","asOf":"2024-07-25","shopName":"\u4E2D\u539F \u6570\u7801 shop \uD83D\uDE00 \u00e9\u00C9"}""")]
    [InlineData("""{"id":"S","asOf":"2024-07-25","shopName":"店\u5E97店 \ud83d\ude00 😀"}""")]
    [InlineData(" \t\r\n{ \"id\" : \"S\" ,\n\"asOf\"\t:\r\"2024-07-25\" , \"penalties\" : [ ] , \"products\" : [ { \"id\" : \"P\" , \"qualityReturnRate\" : 0.5 } ] } \n")]
    [InlineData("""{"id":"S","asOf":"2024-07-25","storeScore":-0,"positiveRate":1E+2,"experienceScore":4.10e-1,"gmv30dFen":-0,"allianceOpeningsUsed":0}""")]
    [InlineData("""{"id":"S","asOf":"2024-07-25","storeScore":4.100,"positiveRate":0.0000000000000000000000000001,"experienceScore":79228162514264337593543950335}""")]
    [InlineData("""{"id":"","asOf":"2024-07-25","shopName":""}""")]
    public void TryRead_EdgeCasesOfTheGrammar_AreReadQuicklyAsTheSerializerReadsThem(string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json);

        FastSnapshotReader.TryRead<MerchantSnapshot>(bytes, out var quick).Should().BeTrue();

        var serializer = SnapshotItemParser.Parse(bytes, 1, 0, TypeInfo, quick: false);
        serializer.IsSuccess.Should().BeTrue();
        quick.Should().Be(serializer.Value);
        SnapshotJson.Serialize(quick!).Should().Be(SnapshotJson.Serialize(serializer.Value!));
    }

    [Fact]
    public void TryPlainDecimal_SeededNumbers_AreUtf8ParsersDecimalsBitForBit()
    {
        // Mantissa and scale both: 4.90 keeps its trailing zero (it is written back as 4.90, and shows in messages).
        var random = new Random(1202);
        var numbers = new List<string> { "0", "0.0", "0.00", "4.90", "0.0088", "100", "1.000000000000000000", "9999999999999999999", "0.000000000000000001" };
        for (var i = 0; i < 20_000; i++)
        {
            var whole = random.Next(3) == 0 ? "0" : random.Next(1, 10) + string.Concat(Enumerable.Range(0, random.Next(10)).Select(_ => random.Next(10)));
            var fraction = string.Concat(Enumerable.Range(0, random.Next(11)).Select(_ => random.Next(4) == 0 ? 0 : random.Next(10)));
            numbers.Add(fraction.Length == 0 ? whole : $"{whole}.{fraction}");
        }

        var taken = 0;
        foreach (var number in numbers)
        {
            var bytes = Encoding.ASCII.GetBytes(number);
            if (FastSnapshotReader.TryPlainDecimal(bytes, out var plain))
            {
                taken++;
                System.Buffers.Text.Utf8Parser.TryParse(bytes, out decimal parsed, out var consumed).Should().BeTrue();
                consumed.Should().Be(bytes.Length);
                decimal.GetBits(plain).Should().Equal(decimal.GetBits(parsed), number);
            }
        }

        taken.Should().BeGreaterThan(19_000);
        FastSnapshotReader.TryPlainDecimal("12345678901234567890"u8, out _).Should().BeFalse("20 digits may not fit");
        FastSnapshotReader.TryPlainDecimal("-1.5"u8, out _).Should().BeFalse("signs go to Utf8Parser");
    }

    [Theory]
    [InlineData(300, false)]
    [InlineData(300, true)]
    [InlineData(5000, false)]
    [InlineData(5000, true)]
    public void TryRead_LongStrings_AreReadWhole(int length, bool escaped)
    {
        // Past the scanner's stack buffers (256 characters plain, 512 escaped), on the pooled-buffer path.
        var name = string.Concat(Enumerable.Range(0, length).Select(i => i % 3 == 0 ? "店" : "a"));
        var text = escaped ? string.Concat(name.Select(c => c < 128 ? c.ToString() : $"\\u{(int)c:X4}")) : name;
        var bytes = Encoding.UTF8.GetBytes($$"""{"id":"S","asOf":"2024-07-25","shopName":"{{text}}","penalties":[]}""");

        FastSnapshotReader.TryRead<MerchantSnapshot>(bytes, out var quick).Should().BeTrue();

        quick!.ShopName.Should().Be(name);
        quick.Should().Be(SnapshotItemParser.Parse(bytes, 1, 0, TypeInfo, quick: false).Value);
    }

    [Theory]
    [InlineData("""{"id":"S","asOf":"2024-07-25","storeScore":01}""")]
    [InlineData("""{"id":"S","asOf":"2024-07-25","storeScore":1.}""")]
    [InlineData("""{"id":"S","asOf":"2024-07-25","storeScore":.5}""")]
    [InlineData("""{"id":"S","asOf":"2024-07-25","storeScore":+1}""")]
    [InlineData("""{"id":"S","asOf":"2024-07-25","storeScore":1e}""")]
    [InlineData("""{"id":"S","asOf":"2024-07-25","storeScore":1e400}""")]
    [InlineData("""{"id":"S","asOf":"2024-07-25","storeScore":1x}""")]
    [InlineData("""{"id":"S","asOf":"2024-07-25","isSettled":tru}""")]
    [InlineData("""{"id":"S","asOf":"2024-07-25","isSettled":truex}""")]
    [InlineData("""{"id":"S","asOf":"2024-07-25","isSettled":True}""")]
    [InlineData("""{"id":"S","asOf":"2024-07-25","shopName":nul}""")]
    [InlineData("""{"id":"S\x","asOf":"2024-07-25"}""")]
    [InlineData("""{"id":"S\u12G4","asOf":"2024-07-25"}""")]
    [InlineData("""{"id":"S\uD83D","asOf":"2024-07-25"}""")]
    [InlineData("""{"id":"S\uDE00\uD83D","asOf":"2024-07-25"}""")]
    [InlineData("""{"id":"S\uD83D\u0041","asOf":"2024-07-25"}""")]
    [InlineData("""{"id":"S","asOf":"2024-07-25"/**/}""")]
    [InlineData("{\"id\":\"S\tT\",\"asOf\":\"2024-07-25\"}")]
    [InlineData("""{"id":"S","asOf":"2024-07-25","penalties":[],}""")]
    [InlineData("""{"id":"S","asOf":"2024-07-25","penalties":[{"rule":"R","date":"2024-01-01"},]}""")]
    [InlineData("""{"id":"S","asOf":"2024-07-25","penalties":[{"rule":"R","date":"2024-01-01"}{"rule":"R","date":"2024-01-01"}]}""")]
    [InlineData("""{"id":"S","asOf":"2024-07-25","penalties":[{"rule":"R","date":"2024-01-01"}""")]
    [InlineData("""{"id":"S","asOf":"2024-07-25","experienceScoreScale":"Five\u0050oint"}""")]
    [InlineData("""{"id":"S","asOf":"2024-07-2\u0035"}""")]
    [InlineData("""{"id":"S","asOf":"2024-07-25""")]
    [InlineData("""{"id":"S","asOf":"2024-07-25",""")]
    [InlineData("""{"id":"S","asOf":"2024-07-25","shopName":"abc""")]
    public void TryRead_WhatTheScannerDoesNotTake_GivesUpAndTheSerializerDecides(string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json);

        FastSnapshotReader.TryRead<MerchantSnapshot>(bytes, out _).Should().BeFalse();
        SnapshotItemParser.Parse(bytes, 4, 2, TypeInfo).Should().BeEquivalentTo(SnapshotItemParser.Parse(bytes, 4, 2, TypeInfo, quick: false));
    }

    [Fact]
    public void ReadJsonLineBatches_SampleFilesWithErrors_GiveTheSameItemsAsTheSerializerAlone()
    {
        // Whole files, blank lines and errors included: values, line numbers, indexes and errors as the serializer alone gives them.
        foreach (var file in new[] { "merchants.jsonl", "merchants-with-errors.jsonl" })
        {
            var bytes = File.ReadAllBytes(Repo.PathOf("samples", "data", file));
            var quick = SnapshotJson.ReadJsonLines<MerchantSnapshot>(new MemoryStream(bytes)).ToList();
            var lines = Encoding.UTF8.GetString(bytes).Split('\n');

            foreach (var item in quick)
            {
                var alone = SnapshotItemParser.Parse(Encoding.UTF8.GetBytes(lines[item.Line - 1].TrimEnd('\r')), item.Line, item.Index, TypeInfo, quick: false);
                Describe(item).Should().Be(Describe(alone), $"{file} line {item.Line}");
            }
        }
    }

    private static void Compare(byte[] line, ref int compared, ref int quickTook, List<string> disagreements)
    {
        compared++;
        var serializer = SnapshotItemParser.Parse(line, 10, 3, TypeInfo, quick: false);
        if (!FastSnapshotReader.TryRead<MerchantSnapshot>(line, out var quick))
        {
            return;
        }

        quickTook++;
        if (!serializer.IsSuccess || !quick.Equals(serializer.Value) || SnapshotJson.Serialize(quick) != SnapshotJson.Serialize(serializer.Value!))
        {
            disagreements.Add($"{Convert.ToHexString(line)}: quick read {SnapshotJson.Serialize(quick)}, serializer gave {serializer}");
        }
    }

    private static string Describe(SnapshotReadResult<MerchantSnapshot> result)
        => result.IsSuccess ? $"{result.Line} {result.Index} {SnapshotJson.Serialize(result.Value!)}" : $"{result.Line} {result.Index} {result.Error} {result.Error!.Field}";

    private static List<byte[]> BaseLines()
    {
        var lines = new List<byte[]>();
        foreach (var file in new[] { "merchants.jsonl", "merchants-with-errors.jsonl", "merchants-2026-11-21.jsonl" })
        {
            foreach (var line in File.ReadLines(Repo.PathOf("samples", "data", file)).Where(l => l.Trim().Length > 0).Take(60))
            {
                lines.Add(Encoding.UTF8.GetBytes(line));
                if (SnapshotItemParser.Parse(Encoding.UTF8.GetBytes(line), 1, 0, TypeInfo, quick: false) is { IsSuccess: true, Value: { } valid })
                {
                    // As the library (and the benchmark generator) writes it: non-ASCII as \uXXXX; and indented.
                    lines.Add(Encoding.UTF8.GetBytes(SnapshotJson.Serialize(valid)));
                    lines.Add(Encoding.UTF8.GetBytes(SnapshotJson.Serialize(valid, indented: true)));
                }
            }
        }

        return lines;
    }

    private static byte[] Mutate(byte[] line, Random random)
    {
        var bytes = new List<byte>(line);
        for (var edits = random.Next(1, 3); edits > 0 && bytes.Count > 0; edits--)
        {
            var at = random.Next(bytes.Count);
            switch (random.Next(6))
            {
                case 0:
                    bytes.RemoveRange(at, Math.Min(random.Next(1, 4), bytes.Count - at));
                    break;
                case 1:
                    bytes.InsertRange(at, Pieces[random.Next(Pieces.Length)]);
                    break;
                case 2:
                    bytes.RemoveAt(at);
                    bytes.InsertRange(at, Pieces[random.Next(Pieces.Length)]);
                    break;
                case 3:
                    var length = Math.Min(random.Next(1, 40), bytes.Count - at);
                    bytes.InsertRange(at, bytes.GetRange(at, length));
                    break;
                case 4:
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
                default:
                    // A digit for a digit: the line usually stays valid, with other values.
                    var digit = bytes.FindIndex(at, b => b is >= (byte)'0' and <= (byte)'9');
                    if (digit >= 0)
                    {
                        bytes[digit] = (byte)('0' + random.Next(10));
                    }

                    break;
            }
        }

        return [.. bytes];
    }
}
