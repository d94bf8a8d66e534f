using System.Collections.Generic;

namespace BotoSharp.Generator.Parse;

/// <summary>The kinds of <see cref="JsonLiteral"/>.</summary>
internal enum JsonLiteralKind
{
    True,
    False,
    Null,
}
