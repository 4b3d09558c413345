using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Generator.Rendering;

/// <summary>Makes a member that does not exist an error that names the members that do, instead of an empty value.</summary>
public static class MissingMember
{
    public static void MakeStrict(TemplateContext context)
    {
        context.EnableRelaxedMemberAccess = false;
        context.TryGetMember = Fail;
    }

    private static bool Fail(TemplateContext context, SourceSpan span, object target, string member, out object value)
    {
        if (target is ExplainedScriptObject explained && explained.Absent.TryGetValue(member, out var reason))
        {
            throw new ScriptRuntimeException(span, reason);
        }

        var known = target is ScriptObject scriptObject
            ? string.Join(", ", scriptObject.Keys.Order(StringComparer.Ordinal))
            : "";
        throw new ScriptRuntimeException(span,
            known.Length > 0 ? $"there is no '{member}' here; there is: {known}" : $"there is no '{member}' here");
    }
}
