using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Douyin.Eligibility.Json;
using SampleDataGenerator;

// Writes samples/data/*.jsonl deterministically: the same seed always gives the same files.
// Usage: dotnet run --project samples/SampleDataGenerator [-- <output directory>]
var output = args.Length > 0 ? args[0] : Path.Combine(FindRepoRoot(), "samples", "data");
Directory.CreateDirectory(output);

var merchantDate = new DateOnly(2026, 11, 20);
var renewalDate = new DateOnly(2023, 1, 25); // the 2023 brand-provider renewal (certified by 2022-12-25)
var rng = new Rng(20261120);

var merchants = new MerchantFactory(rng, merchantDate);
var merchantList = Enumerable.Range(0, 252).Select(merchants.Create).ToList();
Write("merchants.jsonl", merchantList);
CsvExport.Write(Path.Combine(output, "merchants.csv"), merchantList.Take(60)); // the first 60, as CSV
var brands = new BrandProviderFactory(rng, renewalDate);
Write("brand-providers.jsonl", Enumerable.Range(0, 48).Select(brands.Create));
var operators = new StoreOperationProviderFactory(rng, merchantDate);
Write("store-operation-providers.jsonl", Enumerable.Range(0, 48).Select(operators.Create));
// Three consecutive days of the same stores, for `daily` (docs/daily.md): day 1 is merchants.jsonl, each next day moves from the day before.
var movement = new DailyMovement(new Rng(20261121));
var days = new List<List<Douyin.Eligibility.Snapshots.MerchantSnapshot>> { merchantList };
for (var dayNumber = 2; dayNumber <= 3; dayNumber++)
{
    days.Add(movement.Next(days[^1], dayNumber));
}

foreach (var day in days)
{
    Write($"merchants-{day[0].AsOf:yyyy-MM-dd}.jsonl", day);
}

File.WriteAllText(Path.Combine(output, "merchants-with-errors.jsonl"), string.Join('\n', InvalidLines.Merchants) + "\n", new UTF8Encoding(false));
Console.WriteLine($"Wrote sample data to {Path.GetFullPath(output)}");

void Write<T>(string file, IEnumerable<T> items)
    where T : class, Douyin.Eligibility.Snapshots.ISnapshot
{
    // Chinese text is written as is (not \uXXXX escapes) so the files are readable.
    var relaxed = new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    using var stream = File.Create(Path.Combine(output, file));
    foreach (var item in items)
    {
        using var document = JsonDocument.Parse(SnapshotJson.Serialize(item));
        using (var writer = new Utf8JsonWriter(stream, relaxed))
        {
            document.RootElement.WriteTo(writer);
        }

        stream.WriteByte((byte)'\n');
    }
}

static string FindRepoRoot()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "Douyin.Eligibility.sln")))
        {
            return dir.FullName;
        }
    }

    throw new InvalidOperationException("Run inside the repository or pass the output directory.");
}
