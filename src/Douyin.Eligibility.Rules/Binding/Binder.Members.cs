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
            var hint = isFunction ? $" Call it as a function: {syntax.Name}()." : string.Empty;
            var hintZh = isFunction ? $"请以函数形式调用：{syntax.Name}()。" : string.Empty;
            Error(DiagnosticCodes.UnknownMember, syntax.NameStart, $"A value of type {target.Type.DisplayName} has no member '{syntax.Name}'.{hint}", $"类型为{target.Type.DisplayNameZh}的值没有成员 '{syntax.Name}'。{hintZh}");
            return null;
        }

        var members = TypeMembers.Of(target.Type.Clr);
        var matches = members.Where(m => string.Equals(m.Name, syntax.Name, StringComparison.OrdinalIgnoreCase)).ToList();
        var exact = matches.Where(m => m.Name == syntax.Name).ToList();
        if (exact.Count == 1)
        {
            matches = exact;
        }

        if (matches.Count == 0)
        {
            var hint = NameSuggester.Hint(syntax.Name, members.Select(m => m.Name));
            Error(
                DiagnosticCodes.UnknownMember,
                syntax.NameStart,
                $"'{target.Type.Clr.Name}' has no member '{syntax.Name}'.{hint.En}",
                $"'{target.Type.Clr.Name}' 没有成员 '{syntax.Name}'。{hint.Zh}");
            return null;
        }

        if (matches.Count > 1)
        {
            Error(DiagnosticCodes.AmbiguousName, syntax.NameStart, $"'{syntax.Name}' is ambiguous on '{target.Type.Clr.Name}': it matches {string.Join(" and ", matches.Select(m => $"'{m.Name}'"))}.", $"'{syntax.Name}' 在 '{target.Type.Clr.Name}' 上有歧义：它同时匹配 {string.Join(" 和 ", matches.Select(m => $"'{m.Name}'"))}。");
            return null;
        }

        var member = matches[0];
        var type = ExprType.TryOf(TypeMembers.TypeOf(member));
        if (type is null)
        {
            Error(DiagnosticCodes.UnknownMember, syntax.NameStart, $"'{target.Type.Clr.Name}.{member.Name}' has type {TypeMembers.TypeOf(member).Name}, which expressions cannot use.", $"'{target.Type.Clr.Name}.{member.Name}' 的类型是 {TypeMembers.TypeOf(member).Name}，表达式无法使用该类型。");
            return null;
        }

        var path = $"{target.Path ?? target.Text}.{member.Name}";
        return new BoundMember(type, TextOf(syntax), target, member, path);
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
            Error(problem!.Value.Code, syntax.NameStart, problem.Value.Message, problem.Value.MessageZh);
            return null;
        }

        return function.Bind(new CallContext(this, syntax, receiver));
    }
}
