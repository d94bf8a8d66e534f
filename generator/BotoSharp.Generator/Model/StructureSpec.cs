using System.Linq;

namespace BotoSharp.Generator.Model;

/// <summary>A structure shape (request, response or nested), or a union.</summary>
/// <remarks>
/// <see cref="DisposedMembers"/> lists the streamed members an operation output owns (its response body); when there
/// are any the type is <c>IDisposable</c>. <see cref="IsOutput"/> is true for an operation's output, which carries
/// botocore's <c>ResponseMetadata</c>. <see cref="HasRequiredMembers"/> is true when a member is C# <c>required</c>.
/// </remarks>
internal sealed record StructureSpec(
    string TypeName,
    string ShapeName,
    EquatableArray<string> Docs,
    string? Obsolete,
    bool IsUnion,
    EquatableArray<MemberSpec> Members,
    EquatableArray<string> DisposedMembers,
    bool IsOutput)
{
    /// <summary>Whether any member is C# <c>required</c> (the parsing constructor then sets required members).</summary>
    public bool HasRequiredMembers => Members.Any(m => m.CompilerRequired);
}
