using System.Text;
using BotoSharp.Models;

namespace BotoSharp.Tests.Models;

/// <summary>
/// A structure's member found by the string it was found with before (the typed writers' lookup) gives the same
/// shape as the name lookup, for the literal, for an equal string made at run time, before and after, and for
/// structures too large to remember names; an unknown name is not found.
/// </summary>
[TestFixture]
public sealed class MemberByLiteralTests
{
    private static StructureShape Shape(int members)
    {
        // Each member its own shape, so a wrong member is a different object.
        var list = string.Join(",", Enumerable.Range(0, members).Select(i => $"\"M{i}\": {{\"shape\": \"S{i}\"}}"));
        var shapes = string.Join(",", Enumerable.Range(0, members).Select(i => $"\"S{i}\": {{\"type\": \"string\"}}"));
        var model = ServiceModel.FromJson("""
            {"metadata": {"protocol": "json", "apiVersion": "2020-01-01", "serviceId": "S"},
             "operations": {"Op": {"input": {"shape": "In"}}},
             "shapes": {"In": {"type": "structure", "members": {MEMBERS}}, SHAPES}}
            """.Replace("MEMBERS", list, StringComparison.Ordinal).Replace("SHAPES", shapes, StringComparison.Ordinal));
        return model.OperationModel("Op").InputShape!;
    }

    [TestCase(3)]
    [TestCase(16)]
    [TestCase(17)]
    public void EveryNameFindsTheMemberTheDictionaryGives(int members)
    {
        var shape = Shape(members);
        var literals = Enumerable.Range(0, members).Select(i => string.Intern($"M{i}")).ToArray();
        for (var round = 0; round < 3; round++)
        {
            // The literals twice (the second time by reference where remembered), then equal strings made now.
            foreach (var name in literals.Concat(literals))
            {
                Assert.That(shape.TryGetMemberByLiteral(name, out var byLiteral), Is.True);
                Assert.That(byLiteral, Is.SameAs(shape.Members[name]), name);
                Assert.That(byLiteral!.Name, Is.EqualTo("S" + name[1..]), name);
            }
            foreach (var name in literals)
            {
                var made = new StringBuilder(name).ToString();
                Assert.That(shape.TryGetMemberByLiteral(made, out var byMade), Is.True);
                Assert.That(byMade, Is.SameAs(shape.Members[name]), made);
            }
            Assert.That(shape.TryGetMemberByLiteral("Nope", out var missing), Is.False);
            Assert.That(missing, Is.Null);
        }
    }
}
