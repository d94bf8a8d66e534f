using BotoSharp.Services.KMS;
using BotoSharp.Services.SecretsManager;
using BotoSharp.Services.SSM;

namespace BotoSharp.Tests.Integration;

/// <summary>The generated Secrets Manager, SSM and KMS clients (json 1.1) against moto_server.</summary>
[TestFixture]
[Category("Integration")]
public sealed class SecretsTypedClientTests
{
    [Test]
    public async Task A_secret_is_created_and_read_back()
    {
        var secrets = MotoFixture.Typed<SecretsManagerClient>();
        var created = await secrets.CreateSecretAsync(new CreateSecretRequest { Name = "typed-secret", SecretString = "s3cr3t" });
        Assert.That(created.ARN, Does.Contain("typed-secret"));
        var value = await secrets.GetSecretValueAsync(new GetSecretValueRequest { SecretId = "typed-secret" });
        Assert.That(value.SecretString, Is.EqualTo("s3cr3t"));
        Assert.That(value.CreatedDate, Is.Not.Null);
    }

    [Test]
    public async Task An_SSM_parameter_is_put_and_read_back()
    {
        var ssm = MotoFixture.Typed<SSMClient>();
        var put = await ssm.PutParameterAsync(new PutParameterRequest { Name = "/typed/param", Value = "v1", Type = "String" });
        Assert.That(put.Version, Is.EqualTo(1));
        var got = await ssm.GetParameterAsync(new GetParameterRequest { Name = "/typed/param" });
        Assert.That(got.Parameter!.Value, Is.EqualTo("v1"));
    }

    [Test]
    public async Task KMS_decrypts_what_it_encrypted()
    {
        var kms = MotoFixture.Typed<KMSClient>();
        var key = await kms.CreateKeyAsync(new CreateKeyRequest { Description = "typed" });
        var plaintext = "attack at dawn"u8.ToArray();
        var encrypted = await kms.EncryptAsync(new EncryptRequest { KeyId = key.KeyMetadata!.KeyId, Plaintext = plaintext });
        Assert.That(encrypted.CiphertextBlob, Is.Not.EqualTo(plaintext));
        var decrypted = await kms.DecryptAsync(new DecryptRequest { CiphertextBlob = encrypted.CiphertextBlob });
        Assert.That(decrypted.Plaintext, Is.EqualTo(plaintext));
    }
}
