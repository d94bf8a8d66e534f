using BotoSharp.Models;

namespace BotoSharp.Protocols.Typed.Reading;

internal sealed partial class XmlShapeReader
{
    /// <summary>
    /// One structure being read: where its members come from next, which members were seen (botocore keeps the
    /// first occurrence), the union's tags, and the attribute values found on its element. Frames are reused.
    /// </summary>
    private sealed class Frame
    {
        private readonly List<(XmlMember Member, string Value)> _attributes = new();
        private int _nextAttribute;
        private string? _unionTag;
        private bool _unionConflict;

        public StructureShape Shape { get; private set; } = null!;

        public XmlMemberTable Table { get; private set; } = null!;

        public Phase Phase { get; set; }

        public bool Empty { get; set; }

        /// <summary>True while the member element last handed out has not been read.</summary>
        public bool Pending { get; set; }

        /// <summary>The model name of the member last handed out.</summary>
        public string? Current { get; set; }

        public bool[] Seen { get; private set; } = Array.Empty<bool>();

        public int NextLocated { get; set; }

        /// <summary>The member element found last (the member table guesses the next one from it).</summary>
        public XmlMember? LastMember { get; set; }

        /// <summary>The tag whose first occurrence holds request metadata here (ec2 <c>requestId</c>), if any.</summary>
        public string? MetadataTag { get; set; }

        public bool HasOneUnionTag => _unionTag is not null && !_unionConflict;

        public void Reset(StructureShape shape, XmlMemberTable table, Phase phase)
        {
            Shape = shape;
            Table = table;
            Phase = phase;
            Empty = false;
            Pending = false;
            Current = null;
            NextLocated = 0;
            LastMember = null;
            MetadataTag = null;
            _attributes.Clear();
            _nextAttribute = 0;
            _unionTag = null;
            _unionConflict = false;
            if (Seen.Length < table.Count)
            {
                Seen = new bool[Math.Max(table.Count, 8)];
            }
            else
            {
                Array.Clear(Seen, 0, table.Count);
            }
        }

        public bool CapturesMetadata(string tag)
        {
            if (MetadataTag != tag)
            {
                return false;
            }
            MetadataTag = null;
            return true;
        }

        public void NoteUnionTag(string tag)
        {
            if (!Shape.IsUnion || tag == "__type")
            {
                return;
            }
            _unionConflict |= _unionTag is not null && _unionTag != tag;
            _unionTag ??= tag;
        }

        // botocore rewrites "{uri}local" as "<prefix of the modeled name>:local" before comparing attribute names.
        public void CollectAttributes(XmlCursor xml)
        {
            for (var i = 0; i < xml.AttributeCount; i++)
            {
                xml.Attribute(i, out var namespaceUri, out var localName, out var value);
                if (namespaceUri == XmlCursor.XmlnsNamespace)
                {
                    continue;
                }
                foreach (var member in Table.Attributes)
                {
                    var modeled = member.Shape.LocationName!;
                    var name = namespaceUri.Length == 0 ? localName : modeled.Split(':')[0] + ":" + localName;
                    if (name == modeled)
                    {
                        _attributes.Add((member, value));
                    }
                }
            }
        }

        public (XmlMember Member, string Value)? NextAttribute() =>
            _nextAttribute < _attributes.Count ? _attributes[_nextAttribute++] : null;
    }
}
