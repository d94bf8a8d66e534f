using System.Text.Json.Nodes;
using BotoSharp.Errors;
using BotoSharp.Models;
using BotoSharp.Paginators;
using BotoSharp.Tests.Support;

namespace BotoSharp.Tests.Paginators;

/// <summary>Paginator behaviour over a scripted operation: repeated tokens, more_results, and botocore's token encoding.</summary>
[TestFixture]
public sealed class PaginatorBehaviourTests
{
    private static readonly OperationModel s_listObjects =
        new ServiceModel(BotoSharp.Loading.Loader.Create(RepoPaths.Models, new Dictionary<string, string>()).LoadServiceModel("s3", "service-2"), "s3").OperationModel("ListObjectsV2");

    /// <summary>A service that hands back the same token twice ends the pagination with botocore's PaginationError.</summary>
    [Test]
    public void A_repeated_next_token_raises_PaginationError()
    {
        var paginator = new Paginator((_, _) => Task.FromResult(new Dictionary<string, object?> { ["Contents"] = new List<object?> { 1L }, ["NextContinuationToken"] = "same" }),
            Config("""{"input_token":"ContinuationToken","output_token":"NextContinuationToken","result_key":"Contents","limit_key":"MaxKeys"}"""), s_listObjects);
        var error = Assert.ThrowsAsync<PaginationError>(async () =>
        {
            await foreach (var _ in paginator.Paginate())
            {
            }
        });
        Assert.That(error!.Message, Is.EqualTo("Error during pagination: The same next token was received twice: {'ContinuationToken': 'same'}"));
    }

    /// <summary>A false more_results ends the pages even when a token is present.</summary>
    [Test]
    public async Task A_false_more_results_ends_pagination()
    {
        int calls = 0;
        var paginator = new Paginator((_, _) =>
            {
                calls++;
                return Task.FromResult(new Dictionary<string, object?> { ["Contents"] = new List<object?>(), ["IsTruncated"] = false, ["NextContinuationToken"] = "t" + calls });
            },
            Config("""{"input_token":"ContinuationToken","output_token":"NextContinuationToken","result_key":"Contents","more_results":"IsTruncated"}"""), s_listObjects);
        await foreach (var _ in paginator.Paginate())
        {
        }
        Assert.That(calls, Is.EqualTo(1));
    }

    /// <summary>PageSize without a limit key is refused as botocore refuses it.</summary>
    [Test]
    public void A_page_size_without_a_limit_key_is_refused()
    {
        var paginator = new Paginator((_, _) => Task.FromResult(new Dictionary<string, object?>()),
            Config("""{"input_token":"ContinuationToken","output_token":"NextContinuationToken","result_key":"Contents"}"""), s_listObjects);
        Assert.That(() => paginator.Paginate(null, new PaginationConfig { PageSize = 5 }), Throws.InstanceOf<PaginationError>()
            .With.Message.EqualTo("Error during pagination: PageSize parameter is not supported for the pagination interface for this operation."));
    }

    /// <summary>A token holding bytes encodes exactly as botocore's TokenEncoder and decodes back to the bytes.</summary>
    [Test]
    public void A_token_with_bytes_encodes_as_botocores_and_round_trips()
    {
        var token = new Dictionary<string, object?>
        {
            ["ExclusiveStartKey"] = new Dictionary<string, object?> { ["pk"] = new Dictionary<string, object?> { ["B"] = new byte[] { 1, 2, 250 } } },
            ["boto_truncate_amount"] = 3L,
        };
        var ours = PaginationToken.Encode(token);
        var theirs = Botocore.Run(
            "import base64\nfrom botocore.paginate import TokenEncoder\n" +
            "emit(TokenEncoder().encode({'ExclusiveStartKey': {'pk': {'B': bytes([1, 2, 250])}}, 'boto_truncate_amount': 3}))")!.GetValue<string>();
        var decoded = PaginationToken.TryDecode(ours)!;
        var key = (Dictionary<string, object?>)((Dictionary<string, object?>)decoded["ExclusiveStartKey"]!)["pk"]!;
        Assert.Multiple(() =>
        {
            Assert.That(ours, Is.EqualTo(theirs));
            Assert.That(key["B"], Is.EqualTo(new byte[] { 1, 2, 250 }));
        });
    }

    private static JsonObject Config(string json) => JsonNode.Parse(json)!.AsObject();
}
