namespace BotoSharp.Tests.Events;

/// <summary>Scripted emitter scenarios whose transcripts must equal botocore's, run in python3.</summary>
[TestFixture]
[Category("Differential")]
public class EmitterDifferentialTests
{
    private static IEnumerable<TestCaseData> Scenarios()
    {
        yield return Case("the reference probe of wildcard and prefix ordering", """
            [["reg","*","a",null,false],["reg","foo","b",null,false],["reg","foo.bar","c",null,false],
             ["reg","foo.*","d",null,false],["last","foo.bar.baz","e3",null,false],["reg","foo.bar.baz","e2",null,false],
             ["first","foo.bar.baz","e1",null,false],["reg","foo.*.baz","f",null,false],["first","foo","b0",null,false],
             ["emit","foo.bar.baz",null,null,false],["emit","foo.bar",null,null,false],["emit","foo",null,null,false],
             ["emit","foo.qux.baz",null,null,false],["emit","other",null,null,false]]
            """);
        yield return Case("nested wildcards at several depths", """
            [["reg","*.*.c","a",null,false],["reg","a.*.*","b",null,false],["reg","*.b","c",null,false],
             ["reg","a.b.c","d",null,false],["reg","*","e",null,false],["reg","a.*.c","f",null,false],["reg","*.b.c","g",null,false],
             ["emit","a.b.c",null,null,false],["emit","a.b.c.d",null,null,false],["emit","x.b.c",null,null,false],["emit","a.b",null,null,false]]
            """);
        yield return Case("a longer registration never fires for a shorter event", """
            [["reg","a.b.c","x",null,false],["emit","a.b",null,null,false],["emit","a.b.c",null,null,false]]
            """);
        yield return Case("emit until response stops at the first non-null and reports the last handler otherwise", """
            [["reg","e","n1",null,false],["reg","e.f","n2",null,false],["until","e.f",null,null,false],
             ["reg","e","r1",null,false],["reg","e","r2",null,false],["until","e.f",null,null,false],["until","none",null,null,false],
             ["emit","e.f",null,null,false]]
            """);
        yield return Case("unique ids are global and counted ones need matching unregisters", """
            [["reg","a","x","id1",false],["reg","b","y","id1",false],["emit","a",null,null,false],["emit","b",null,null,false],
             ["reg","c","z","cnt",true],["reg","c","z","cnt",true],["unreg","c",null,"cnt",true],["emit","c",null,null,false],
             ["unreg","c",null,"cnt",true],["emit","c",null,null,false],["unreg","c",null,"cnt",true],
             ["reg","a","w","id1",true],["reg","c","z","cnt2",true],["reg","c","z","cnt2",false],
             ["unreg","c",null,"cnt2",false],["unreg","a",null,"id1",true],["unreg","b",null,"id1",false],["emit","a",null,null,false],
             ["unreg","a",null,"id1",false],["emit","a",null,null,false],["unreg","a",null,"unknown",false]]
            """);
        yield return Case("unregister removes the first occurrence from the exact node only", """
            [["reg","a.b","x",null,false],["reg","a.b","x",null,false],["first","a.b","x",null,false],["reg","a","x",null,false],
             ["emit","a.b",null,null,false],["unreg","a.b","x",null,false],["emit","a.b",null,null,false],
             ["unreg","a.b","x",null,false],["unreg","a.b","x",null,false],["unreg","a.b","x",null,false],["emit","a.b",null,null,false],
             ["unreg","no.such","x",null,false],["unreg","a.*","x",null,false],["emit","a.b",null,null,false]]
            """);
        yield return Case("registering after an emit clears the lookup cache", """
            [["reg","a","x",null,false],["emit","a.b",null,null,false],["reg","a.b","y",null,false],["emit","a.b",null,null,false],
             ["unreg","a","x",null,false],["emit","a.b",null,null,false]]
            """);
        yield return Case("a copy keeps existing handlers and diverges afterwards", """
            [["reg","a","x",null,false],["reg","a","c1","cid",true],["copy","",null,null,false],["reg","a","y",null,false],
             ["emit","a",null,null,false],["reg","a","c1","cid",true],["unreg","a",null,"cid",true],["emit","a",null,null,false],
             ["unreg","a",null,"cid",true],["emit","a",null,null,false]]
            """);
    }

    private static IEnumerable<TestCaseData> AliasedScenarios()
    {
        yield return Case("aliased names register and emit under the new service name", """
            [["reg","before-call.apigateway","x",null,false],["emit","before-call.api-gateway",null,null,false],
             ["reg","before-call.api-gateway.GetRestApis","y",null,false],["emit","before-call.apigateway.GetRestApis",null,null,false],
             ["reg","service-data-loaded.api.pricing","p",null,false],["emit","service-data-loaded.pricing",null,null,false],
             ["reg","x.runtime.sagemaker.Op","s",null,false],["emit","x.sagemaker-runtime.Op",null,null,false],
             ["copy","",null,null,false],["emit","before-call.apigateway.GetRestApis",null,null,false]]
            """, aliased: true);
    }

    [TestCaseSource(nameof(Scenarios))]
    [TestCaseSource(nameof(AliasedScenarios))]
    public void The_emitter_transcript_matches_botocore(string ops, bool aliased)
    {
        var expected = EmitterScenario.RunBotocore(ops, aliased);
        var actual = EmitterScenario.RunBotoSharp(ops, aliased);
        Assert.That(actual, Is.EqualTo(expected));
    }

    private static TestCaseData Case(string name, string ops, bool aliased = false) =>
        new TestCaseData(ops, aliased).SetName(name);
}
