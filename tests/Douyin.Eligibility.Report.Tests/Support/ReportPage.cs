using Microsoft.Playwright;

namespace Douyin.Eligibility.Report.Tests.Support;

/// <summary>
/// A report file opened in headless Chromium through Playwright (the system browser, <see cref="Chromium.ExecutablePath"/>):
/// the page, and every console error, page error and request it made.
/// </summary>
internal sealed class ReportPage : IAsyncDisposable
{
    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private ReportPage(IPlaywright playwright, IBrowser browser, IPage page)
    {
        _playwright = playwright;
        _browser = browser;
        Page = page;
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                ConsoleErrors.Add($"{message.Type}: {message.Text}");
            }
        };
        page.PageError += (_, error) => ConsoleErrors.Add("page error: " + error);
        page.Dialog += (_, dialog) => Dialogs.Add(dialog.Message);
        page.Request += (_, request) => Requests.Add(request.Url);
    }

    public IPage Page { get; }

    /// <summary>Console errors and warnings, and uncaught page errors.</summary>
    public List<string> ConsoleErrors { get; } = [];

    /// <summary>Dialogs the page opened (alert, confirm): none, since the report has no script.</summary>
    public List<string> Dialogs { get; } = [];

    /// <summary>Every request's URL: only the report file itself.</summary>
    public List<string> Requests { get; } = [];

    public static async Task<ReportPage> OpenAsync(string htmlPath)
    {
        if (!Chromium.IsInstalled)
        {
            throw new InvalidOperationException($"The browser tests are required ({Chromium.RequireVariable}=1) but Chromium is not at {Chromium.ExecutablePath}.");
        }

        var playwright = await Playwright.CreateAsync();
        try
        {
            var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = Chromium.ExecutablePath, Headless = true, Args = ["--disable-dev-shm-usage"] });
            var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
            var opened = new ReportPage(playwright, browser, page);
            await page.GotoAsync(new Uri(htmlPath).AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
            return opened;
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }

    /// <summary>An attribute of every element <paramref name="selector"/> matches, in document order.</summary>
    public Task<string[]> AttributesAsync(string selector, string attribute)
        => Page.Locator(selector).EvaluateAllAsync<string[]>("(els, name) => els.map(e => e.getAttribute(name))", attribute);

    /// <summary>The <c>data-value</c> of the one element <paramref name="selector"/> matches, as a number.</summary>
    public async Task<long> ValueAsync(string selector)
        => long.Parse((await Page.Locator(selector).GetAttributeAsync("data-value"))!, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Saves a full-page PNG under the test output (bin/…/screenshots/<paramref name="name"/>) and returns its path.</summary>
    public async Task<string> ScreenshotAsync(string name)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "screenshots", name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }
}
