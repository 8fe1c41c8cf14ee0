//! TLS to a PostgreSQL store, as libpq's `sslmode` says (rustls: nothing
//! loaded at start, so a command on a SQLite store pays nothing for it).

use std::path::Path;
use std::sync::Arc;

use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::client::WebPkiServerVerifier;
use rustls::crypto::{self, CryptoProvider};
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::{CertificateError, ClientConfig, DigitallySignedStruct, RootCertStore, SignatureScheme};

/// What the server's certificate is checked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Check {
    /// Nothing (`prefer`, `require`): the link is encrypted, whoever answers.
    Nothing,
    /// Its chain to a trusted root (`verify-ca`).
    Chain,
    /// Its chain and the host name (`verify-full`).
    ChainAndName,
}

/// The client configuration. The roots are the URL's `sslrootcert=` file
/// alone when it names one (a private CA: the system's public CAs must not
/// vouch for the database), else the system's; as libpq, a chain check
/// without a host name check (`verify-ca`) needs that file.
pub fn config(check: Check, root_cert: Option<&Path>) -> Result<ClientConfig, String> {
    let provider = Arc::new(crypto::ring::default_provider());
    let builder = ClientConfig::builder_with_provider(provider.clone())
        .with_safe_default_protocol_versions()
        .map_err(|e| format!("TLS: {e}"))?;
    if check == Check::Nothing {
        let verifier = Arc::new(Relaxed { provider, chain: None });
        return Ok(builder.dangerous().with_custom_certificate_verifier(verifier).with_no_client_auth());
    }
    let mut roots = RootCertStore::empty();
    match root_cert {
        Some(file) => {
            let certs = CertificateDer::pem_file_iter(file)
                .and_then(|certs| certs.collect::<Result<Vec<_>, _>>())
                .map_err(|e| format!("sslrootcert {}: {e}", file.display()))?;
            if certs.is_empty() {
                return Err(format!("sslrootcert {} holds no PEM certificate", file.display()));
            }
            for cert in certs {
                roots.add(cert).map_err(|e| format!("sslrootcert {}: {e}", file.display()))?;
            }
        }
        // Any public CA could vouch for any name: the name must be checked too.
        None if check == Check::Chain => {
            return Err("sslmode=verify-ca needs sslrootcert=FILE, the CA that signed the server's certificate".into())
        }
        None => {
            roots.add_parsable_certificates(rustls_native_certs::load_native_certs().certs);
        }
    }
    let webpki = WebPkiServerVerifier::builder_with_provider(Arc::new(roots), provider.clone())
        .build()
        .map_err(|e| format!("TLS: {e}"))?;
    let verifier: Arc<dyn ServerCertVerifier> = match check {
        Check::ChainAndName => webpki,
        _ => Arc::new(Relaxed { provider, chain: Some(webpki) }),
    };
    Ok(builder.dangerous().with_custom_certificate_verifier(verifier).with_no_client_auth())
}

/// Checks as `Check` says, short of `ChainAndName` (webpki's own verifier):
/// no certificate at all, or its chain whatever name it is for. webpki
/// checks the chain before the name, so a wrong name comes only after a
/// good chain. The handshake's signatures are checked either way.
#[derive(Debug)]
struct Relaxed {
    provider: Arc<CryptoProvider>,
    chain: Option<Arc<WebPkiServerVerifier>>,
}

impl ServerCertVerifier for Relaxed {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        server_name: &ServerName<'_>,
        ocsp: &[u8],
        now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        let Some(chain) = &self.chain else { return Ok(ServerCertVerified::assertion()) };
        match chain.verify_server_cert(end_entity, intermediates, server_name, ocsp, now) {
            Err(rustls::Error::InvalidCertificate(
                CertificateError::NotValidForName | CertificateError::NotValidForNameContext { .. },
            )) => Ok(ServerCertVerified::assertion()),
            other => other,
        }
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        crypto::verify_tls12_signature(message, cert, dss, &self.provider.signature_verification_algorithms)
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        crypto::verify_tls13_signature(message, cert, dss, &self.provider.signature_verification_algorithms)
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.provider.signature_verification_algorithms.supported_schemes()
    }
}
