using System.Globalization;
using Douyin.Eligibility.History;

namespace Douyin.Eligibility.Tool.Commands.Daily;

/// <summary>How <c>daily</c> and <c>replay</c> open the <c>--store</c> and wait for it: a store error becomes a <see cref="ToolException"/> in the <c>--lang</c> language.</summary>
internal static class StoreAccess
{
    public static IDecisionStore Open(string location)
    {
        try
        {
            return DecisionStores.Open(location);
        }
        catch (DecisionStoreException e)
        {
            throw new ToolException(e.GetMessage(CultureInfo.InvariantCulture));
        }
    }

    /// <summary>Waits for <paramref name="task"/> (the tool's commands are synchronous), turning a store error into a <see cref="ToolException"/>.</summary>
    public static T Wait<T>(Task<T> task, CultureInfo culture)
    {
        try
        {
            return task.GetAwaiter().GetResult();
        }
        catch (DecisionStoreException e)
        {
            throw new ToolException(e.GetMessage(culture));
        }
    }

    /// <summary>Waits for <paramref name="task"/>, as <see cref="Wait{T}"/>.</summary>
    public static void Wait(Task task, CultureInfo culture) => Wait(task.ContinueWith(t => { t.GetAwaiter().GetResult(); return true; }, TaskScheduler.Default), culture);

    /// <summary>Every item of <paramref name="items"/>, read synchronously.</summary>
    public static List<T> ToList<T>(IAsyncEnumerable<T> items, CultureInfo culture)
    {
        return Wait(Read(), culture);

        async Task<List<T>> Read()
        {
            var list = new List<T>();
            await foreach (var item in items.ConfigureAwait(false))
            {
                list.Add(item);
            }

            return list;
        }
    }
}
