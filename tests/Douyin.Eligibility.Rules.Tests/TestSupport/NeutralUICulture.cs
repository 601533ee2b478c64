using System.Globalization;
using System.Runtime.CompilerServices;

namespace Douyin.Eligibility.Rules.Tests.TestSupport;

/// <summary>
/// Messages follow <see cref="CultureInfo.CurrentUICulture"/>. Tests that assert the English text by <c>Message</c> or
/// <c>ToString()</c> therefore run in the invariant UI culture whatever the machine's language is; a test about another
/// language passes its culture explicitly (or sets <see cref="CultureInfo.CurrentUICulture"/> and restores it).
/// </summary>
internal static class NeutralUICulture
{
    [ModuleInitializer]
    internal static void Apply() => CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.InvariantCulture;
}
