using System.Reflection;
using Douyin.Eligibility.Rules.Functions;
using Douyin.Eligibility.Rules.Internal;
using Douyin.Eligibility.Rules.Syntax;

namespace Douyin.Eligibility.Rules.Binding;

/// <summary>Member access (<c>merchant.StoreScore</c>) and calls of registered functions.</summary>
internal sealed partial class Binder
{
    private BoundExpression? BindMemberAccess(MemberAccessSyntax syntax)
    {
        var target = BindExpression(syntax.Target);
        if (target is null)
        {
            return null;
        }

        if (target.Type.Kind != ValueKind.Object)
        {
            var isFunction = target.Type.Kind == ValueKind.Collection && _functions.IsKnown(syntax.Name);
            var hint = isFunction ? Messages.Get("Hint_CallAsFunction", syntax.Name) : Messages.Empty;
            ErrorVariant(DiagnosticCodes.UnknownMember, "Value", syntax.NameStart, target.Type.DisplayName, syntax.Name, hint);
            return null;
        }

        var members = TypeMembers.Of(target.Type.Clr);
        var member = SingleMember(members, syntax.Name) ?? NoSingleMember(members, syntax, target);
        if (member is null)
        {
            return null;
        }

        var type = ExprType.TryOf(TypeMembers.TypeOf(member));
        if (type is null)
        {
            ErrorVariant(DiagnosticCodes.UnknownMember, "UnsupportedType", syntax.NameStart, target.Type.Clr.Name, member.Name, TypeMembers.TypeOf(member).Name);
            return null;
        }

        var path = $"{target.Path ?? target.Text}.{member.Name}";
        return new BoundMember(type, TextOf(syntax), target, member, path);
    }

    /// <summary>The member <paramref name="name"/> names: the one spelled exactly so, else the one matching ignoring case; null when none or several do.</summary>
    private static MemberInfo? SingleMember(IReadOnlyList<MemberInfo> members, string name)
    {
        MemberInfo? exact = null, folded = null;
        int exactCount = 0, foldedCount = 0;
        foreach (var member in members)
        {
            if (string.Equals(member.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                (folded, foldedCount) = (member, foldedCount + 1);
                if (member.Name == name)
                {
                    (exact, exactCount) = (member, exactCount + 1);
                }
            }
        }

        return exactCount == 1 ? exact : foldedCount == 1 ? folded : null;
    }

    /// <summary>Reports why no single member is named (none, or several differing in case); returns null.</summary>
    private MemberInfo? NoSingleMember(IReadOnlyList<MemberInfo> members, MemberAccessSyntax syntax, BoundExpression target)
    {
        var matches = members.Where(m => string.Equals(m.Name, syntax.Name, StringComparison.OrdinalIgnoreCase)).ToList();
        var exact = matches.Where(m => m.Name == syntax.Name).ToList();
        if (exact.Count == 1)
        {
            matches = exact;
        }

        if (matches.Count == 0)
        {
            var hint = NameSuggester.Hint(syntax.Name, members.Select(m => m.Name));
            Error(DiagnosticCodes.UnknownMember, syntax.NameStart, target.Type.Clr.Name, syntax.Name, hint);
            return null;
        }

        ErrorVariant(DiagnosticCodes.AmbiguousName, "Member", syntax.NameStart, syntax.Name, target.Type.Clr.Name, Messages.Join("List_And", matches.Select(m => $"'{m.Name}'")));
        return null;
    }

    private BoundExpression? BindCall(CallSyntax syntax)
    {
        BoundExpression? receiver = null;
        if (syntax.Target is not null)
        {
            receiver = BindExpression(syntax.Target);
            if (receiver is null)
            {
                return null;
            }
        }

        var function = _functions.Resolve(syntax.Name, receiver?.Type, out var problem);
        if (function is null)
        {
            ErrorVariant(problem!.Value.Code, problem.Value.Variant, syntax.NameStart, problem.Value.Args);
            return null;
        }

        return function.Bind(new CallContext(this, syntax, receiver));
    }
}
