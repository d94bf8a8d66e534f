using BotoSharp.Clients.Customizations;
using BotoSharp.Customizations;
using BotoSharp.Errors;
using BotoSharp.Events;
using BotoSharp.Http;
using BotoSharp.Http.Checksums;
using BotoSharp.Loading;
using BotoSharp.Models;
using BotoSharp.Protocols;
using BotoSharp.Signing;

namespace BotoSharp.Clients;

/// <summary>
/// The call path of one client, botocore's <c>BaseClient._make_api_call</c>: parameters → endpoint → serialize →
/// sign → send → parse → typed result or error, firing botocore's events in botocore's order. Typed and dynamic
/// clients share it, so both send exactly the same bytes.
/// </summary>
internal sealed partial class ClientPipeline : IClientPipeline, IDisposable
{
    private readonly ClientArgs _args;
    private readonly IProtocolSerializer _serializer;
    private readonly IProtocolParser _parser;
    private readonly RulesetEndpointResolver? _endpoints;
    private readonly RequestSigner _signer;
    private readonly IHttpTransport _transport;
    // Rendered once: BotoSharp collects no per-call feature ids yet, so the header is the same on every call.
    private readonly string _userAgent;
    private readonly CompiledServiceModel? _compiled;
    private readonly Lazy<bool> _presignSigV2;
    private readonly S3ExpressIdentityCache _s3Express;

    public ClientPipeline(ClientMeta meta, ClientArgs args, RulesetEndpointResolver? endpoints, RequestSigner signer, IHttpTransport transport,
        UserAgents.UserAgentString userAgent, CompiledServiceModel? compiled)
    {
        Meta = meta;
        _args = args;
        // botocore's creating-serializer.bedrock-agentcore handler switches that service to millisecond timestamps.
        var precision = meta.ServiceName == "bedrock-agentcore" ? TimestampPrecision.Millisecond : TimestampPrecision.Default;
        _serializer = ProtocolFactory.CreateSerializer(meta.ServiceModel.ResolvedProtocol, args.ParameterValidation, precision);
        _parser = ProtocolFactory.CreateParser(meta.ServiceModel.ResolvedProtocol);
        _endpoints = endpoints;
        _signer = signer;
        _transport = transport;
        _userAgent = userAgent.ToString();
        _compiled = compiled;
        _presignSigV2 = new Lazy<bool>(PresignDefaultsToSigV2);
        _s3Express = new S3ExpressIdentityCache(
            (bucket, ct) => ExecuteAsync(Meta.ServiceModel.OperationModel("CreateSession"), new Dictionary<string, object?> { ["Bucket"] = bucket }, ct),
            TimeProvider.System);
        signer.ChooseSigner = ChooseSigner;
        signer.BeforeSign = BeforeSign;
        // botocore registers the signer on request-created.<service>: operation-specific handlers run before it.
        meta.Events.Register("request-created." + meta.EventServiceId, SignOnRequestCreated);
    }

    /// <summary>The client's meta, as <c>client.meta</c>.</summary>
    public ClientMeta Meta { get; }

    /// <summary>The signer, for presigning.</summary>
    internal RequestSigner Signer => _signer;

    /// <inheritdoc />
    public async Task<TResponse> InvokeAsync<TResponse>(OperationMetadata operation, IRequestShape request, CancellationToken cancellationToken)
        where TResponse : IResponseShape<TResponse>
    {
        var model = Meta.ServiceModel.OperationModel(operation.Name);
        var parsed = await ExecuteAsync(model, request.ToParameters(), cancellationToken).ConfigureAwait(false);
        return TResponse.FromParsed(parsed);
    }

    /// <summary>Runs one operation with botocore-shaped parameters and returns the botocore-shaped result.</summary>
    /// <exception cref="ClientError">The service answered with an error (the generated subclass when modeled).</exception>
    public async Task<Dictionary<string, object?>> ExecuteAsync(OperationModel operation, Dictionary<string, object?> apiParams, CancellationToken cancellationToken)
    {
        var events = Meta.Events;
        var plan = PlanFor(operation);
        var context = NewRequestContext(plan);

        if (events.HasHandlers(plan.ProvideClientParams)
            && HierarchicalEmitter.FirstNonNullResponse(events.Emit(plan.ProvideClientParams, new Dictionary<string, object?>
            {
                ["params"] = apiParams,
                ["model"] = operation,
                ["context"] = context,
            })) is Dictionary<string, object?> replaced)
        {
            apiParams = replaced;
        }
        if (events.HasHandlers(plan.BeforeParameterBuild))
        {
            events.Emit(plan.BeforeParameterBuild, new Dictionary<string, object?>
            {
                ["params"] = apiParams,
                ["model"] = operation,
                ["context"] = context,
            });
        }

        var endpoint = ResolveEndpoint(operation, apiParams, context);
        var serialized = _serializer.Serialize(apiParams, operation);
        if (!_args.InjectHostPrefix)
        {
            serialized.HostPrefix = null;
        }
        var shortCircuit = events.HasHandlers(plan.BeforeCall) ? events.EmitUntilResponse(plan.BeforeCall, new Dictionary<string, object?>
        {
            ["model"] = operation,
            ["params"] = serialized,
            ["request_signer"] = _signer,
            ["context"] = context,
        }).Response : null;

        HttpOutcome outcome;
        if (shortCircuit is ValueTuple<AwsResponse, Dictionary<string, object?>> stubbed)
        {
            outcome = new HttpOutcome(stubbed.Item1, stubbed.Item2);
        }
        else
        {
            var request = BuildRequest(serialized, endpoint, context);
            await ApplyBodyTransformsAsync(plan, apiParams, request, cancellationToken).ConfigureAwait(false);
            if (Meta.EventServiceId == "s3")
            {
                // botocore fetches the session at signing time; CreateSession's own endpoint disables session auth.
                await _s3Express.ApplyAsync(request.Context, apiParams, cancellationToken).ConfigureAwait(false);
            }
            outcome = await SendAsync(operation, plan, request, context, cancellationToken).ConfigureAwait(false);
        }

        if (events.HasHandlers(plan.AfterCall))
        {
            events.Emit(plan.AfterCall, new Dictionary<string, object?>
            {
                ["http_response"] = outcome.Response,
                ["parsed"] = outcome.Parsed,
                ["model"] = operation,
                ["context"] = context,
            });
        }
        if (outcome.Response.StatusCode >= 300)
        {
            throw CreateError(outcome.Parsed, operation.Name, context);
        }
        return outcome.Parsed;
    }

    /// <inheritdoc />
    public void Dispose() => (_transport as IDisposable)?.Dispose();

    private Dictionary<string, object?> NewRequestContext(OperationPlan plan) => new(StringComparer.Ordinal)
    {
        ["client_region"] = Meta.RegionName,
        ["client_config"] = Meta.Config,
        ["has_streaming_input"] = plan.HasStreamingInput,
        ["auth_type"] = plan.AuthType,
        ["unsigned_payload"] = plan.UnsignedPayload,
        ["auth_options"] = AuthOptions(),
    };

    // botocore's resolved_auth_type: the first auth trait it supports (sigv4a needs CRT, which BotoSharp does not
    // have), else the legacy authtype.
    private static string? OperationAuthType(OperationModel operation)
    {
        if (operation.Auth is { Count: > 0 } auth)
        {
            foreach (var trait in auth)
            {
                switch (trait)
                {
                    case "aws.auth#sigv4": return "v4";
                    case "smithy.api#httpBearerAuth": return "bearer";
                    case "smithy.api#noAuth": return "none";
                }
            }
            if (auth.Any(t => t != "aws.auth#sigv4a"))
            {
                throw new UnknownSignatureVersionError(string.Join(", ", auth));
            }
        }
        return operation.AuthType;
    }

    private ResolvedEndpointForCall ResolveEndpoint(OperationModel operation, Dictionary<string, object?> apiParams, Dictionary<string, object?> context) =>
        _endpoints?.Resolve(operation, apiParams, context, Meta.Events, Meta.EventServiceId)
            ?? new ResolvedEndpointForCall(Meta.EndpointUrl, new Dictionary<string, string>(), null);

    private ClientError CreateError(Dictionary<string, object?> parsed, string operationName, Dictionary<string, object?> context)
    {
        var error = parsed.TryGetValue("Error", out var e) ? e as IDictionary<string, object?> : null;
        var code = context.TryGetValue("error_code_override", out var overridden) && overridden is string o ? o
            : error is not null && error.TryGetValue("Code", out var c) ? c as string : null;
        if (code is not null && _compiled?.CreateError(code, parsed, operationName) is { } modeled)
        {
            return modeled;
        }
        return new ClientError(parsed, operationName);
    }

    private string? ChooseSigner(ChooseSignerEventArgs args)
    {
        var (_, response) = Meta.Events.EmitUntilResponse(
            _plans.TryGetValue(args.OperationName, out var plan) ? plan.ChooseSigner : $"choose-signer.{Meta.EventServiceId}.{args.OperationName}", new Dictionary<string, object?>
        {
            ["signing_name"] = args.SigningName,
            ["region_name"] = args.RegionName,
            ["signature_version"] = args.SignatureVersion,
            ["context"] = args.Context,
        });
        if (response is string chosen)
        {
            return chosen;
        }
        if (args.Context.TryGetValue("is_presign_request", out var presign) && presign is true && _presignSigV2.Value
            && S3PresignDefaults.ChooseSigner(args.SignatureVersion) is { } sigV2)
        {
            return sigV2;
        }
        return OperationSignerSelection.Choose(args.Context, args.SigningName);
    }

    private object? SignOnRequestCreated(IDictionary<string, object?> kwargs)
    {
        if (kwargs.Get("request") is AwsRequest request && kwargs.Get("operation_name") is string operationName)
        {
            _signer.Sign(operationName, request);
        }
        return null;
    }

    private void BeforeSign(BeforeSignEventArgs args) =>
        Meta.Events.Emit(_plans.TryGetValue(args.OperationName, out var plan) ? plan.BeforeSign : $"before-sign.{Meta.EventServiceId}.{args.OperationName}", new Dictionary<string, object?>
        {
            ["request"] = args.Request,
            ["signing_name"] = args.SigningName,
            ["region_name"] = args.RegionName,
            ["signature_version"] = args.SignatureVersion,
            ["request_signer"] = args.RequestSigner,
            ["operation_name"] = args.OperationName,
        });

    private sealed record HttpOutcome(AwsResponse Response, Dictionary<string, object?> Parsed);
}
