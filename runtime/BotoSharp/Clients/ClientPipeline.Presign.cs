using System.Text.Json.Nodes;
using BotoSharp.Clients.Customizations;
using BotoSharp.Clients.Stages;
using BotoSharp.Endpoints.Legacy;
using BotoSharp.Signing;

namespace BotoSharp.Clients;

/// <summary>botocore's <c>generate_presigned_url</c>: the request is built as for a call, then query-signed.</summary>
internal sealed partial class ClientPipeline
{
    /// <summary>Presigns <paramref name="operationName"/> with <paramref name="apiParams"/> for <paramref name="expiresIn"/> seconds.</summary>
    public string GeneratePresignedUrl(string operationName, IDictionary<string, object?>? apiParams, int expiresIn, string? httpMethod)
    {
        var operation = Meta.ServiceModel.OperationModel(operationName);
        var parameters = apiParams is null ? new Dictionary<string, object?>(StringComparer.Ordinal) : new Dictionary<string, object?>(apiParams, StringComparer.Ordinal);
        RegisterS3PresignDefault();
        var call = NewCall(operation, parameters);
        call.Context["is_presign_request"] = true;
        Meta.Events.Emit(call.Plan.ProvideClientParams, new Dictionary<string, object?>(3) { ["params"] = parameters, ["model"] = operation, ["context"] = call.Context });
        Meta.Events.Emit(call.Plan.BeforeParameterBuild, new Dictionary<string, object?>(3) { ["params"] = parameters, ["model"] = operation, ["context"] = call.Context });
        var endpoint = _endpoint.Resolve(call);
        // botocore ignores the rule set's signing region when presigning, unless the bucket is an ARN.
        var bucketIsArn = parameters.TryGetValue("Bucket", out var bucket) && bucket is string name && name.StartsWith("arn:", StringComparison.Ordinal);
        if (!bucketIsArn && call.Context.TryGetValue("signing", out var signing) && signing is IDictionary<string, object?> signingContext)
        {
            signingContext.Remove("region");
        }
        if (_args.ParameterValidation)
        {
            new ValidationStage().Validate(call);
        }
        var serialized = _serialize.Serialize(call);
        if (httpMethod is not null)
        {
            serialized.Method = httpMethod;
        }
        var request = BuildRequestStage.Build(serialized, endpoint, call.Context);
        return _signer.GeneratePresignedUrl(request, operation.Name, expiresIn);
    }

    // botocore registers its SigV2 presign default when it creates an S3 client; it answers only presign signature
    // versions, so registering it before the first presign is the same and keeps the region lookup off creation.
    private void RegisterS3PresignDefault()
    {
        if (Meta.EventServiceId == "s3" && Interlocked.Exchange(ref _presignDefaultRegistered, 1) == 0)
        {
            Meta.Events.Register("choose-signer.s3", DefaultS3PresignToSigV2);
        }
    }

    // Asked on a client's first S3 presign; two threads asking at once compute the same answer.
    private bool PresignSigV2
    {
        get
        {
            var known = Volatile.Read(ref _presignSigV2);
            if (known == 0)
            {
                known = PresignDefaultsToSigV2() ? 2 : 1;
                Volatile.Write(ref _presignSigV2, known);
            }
            return known == 2;
        }
    }

    // botocore registers its SigV2 presign default for S3 clients in legacy regions with no configured signature version.
    private bool PresignDefaultsToSigV2()
    {
        if (Meta.EventServiceId != "s3" || _args.ConfiguredSignatureVersion is not null)
        {
            return false;
        }
        var resolved = LegacyEndpointResolver.BuiltinFor("s3").ConstructEndpoint("s3", Meta.RegionName);
        var versions = resolved?["signatureVersions"] is JsonArray list ? list.Select(v => v!.GetValue<string>()).ToList() : new List<string>();
        var known = LegacyEndpointResolver.BuiltinFor("s3").KnownEndpoints("s3", Meta.Partition ?? "aws");
        return S3PresignDefaults.ShouldDefaultToSigV2(_args.ConfiguredSignatureVersion, Meta.RegionName, known, versions);
    }
}
