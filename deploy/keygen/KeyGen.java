// Generates the installation's own secrets on first start, so that no deployment runs on the development keys that
// are published in this repository: the RSA key pair that signs and checks the candidates' JWTs, the secret of
// the one-click opt-out links and the AES key that encrypts mailbox app passwords. Run by the JDK's source
// launcher (java KeyGen.java ...), in the services' own image; never overwrites what exists.
//
//   java KeyGen.java <dir>                        Docker Compose: files in <dir> (a volume), if absent
//   java KeyGen.java --kubernetes <namespace>     a local cluster: ConfigMap and Secrets, if absent, through the
//                                                 API with the pod's service account (deploy/overlays/local/keys.yaml)
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.CertificateFactory;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

public class KeyGen {

    private static final SecureRandom RANDOM = new SecureRandom();

    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals("--kubernetes")) {
            kubernetes(args[1]);
        } else if (args.length == 1) {
            files(Path.of(args[0]));
        } else {
            System.err.println("usage: java KeyGen.java <dir> | --kubernetes <namespace>");
            System.exit(2);
        }
    }

    /** The four secrets, PEM where a PEM is expected. */
    record Secrets(String privateKeyPem, String publicKeyPem, String optOutSecret, String inboxKey) {

        static Secrets generate() throws Exception {
            KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
            rsa.initialize(2048, RANDOM);
            KeyPair pair = rsa.generateKeyPair();
            return new Secrets(pem("PRIVATE KEY", pair.getPrivate().getEncoded()),
                    pem("PUBLIC KEY", pair.getPublic().getEncoded()),
                    Base64.getEncoder().encodeToString(random(48)),
                    Base64.getEncoder().encodeToString(random(32)));
        }
    }

    static void files(Path dir) throws Exception {
        Files.createDirectories(dir);
        Path done = dir.resolve("secrets.env");
        if (Files.exists(done)) {
            System.out.println("Keys exist in " + dir + "; nothing generated.");
            return;
        }
        Secrets s = Secrets.generate();
        write(dir.resolve("privateKey.pem"), s.privateKeyPem());
        write(dir.resolve("publicKey.pem"), s.publicKeyPem());
        // Sourced by each service's entrypoint; a value set in the environment (.env) wins over the generated one.
        write(dir.resolve("secrets.env.tmp"), "export TACTFUL_OPTOUT_SECRET=\"${TACTFUL_OPTOUT_SECRET:-" + s.optOutSecret()
                + "}\"\nexport TACTFUL_INBOX_KEY=\"${TACTFUL_INBOX_KEY:-" + s.inboxKey() + "}\"\n");
        // Last, and atomically: secrets.env marks a complete set, so an interrupted run starts over next time.
        Files.move(dir.resolve("secrets.env.tmp"), done, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        System.out.println("Generated a JWT key pair, an opt-out secret and an inbox key in " + dir + ".");
    }

    static void kubernetes(String namespace) throws Exception {
        Path sa = Path.of("/var/run/secrets/kubernetes.io/serviceaccount");
        String token = Files.readString(sa.resolve("token")).strip();
        HttpClient http = HttpClient.newBuilder().sslContext(trusting(sa.resolve("ca.crt"))).build();
        String api = "https://" + System.getenv("KUBERNETES_SERVICE_HOST") + ":" + System.getenv("KUBERNETES_SERVICE_PORT")
                + "/api/v1/namespaces/" + namespace;
        // The JWT public key is a ConfigMap: it is not secret, and the services mount it as one.
        if (exists(http, token, api + "/configmaps/tactful-jwt-public-key")) {
            System.out.println("Keys exist in namespace " + namespace + "; nothing generated.");
            return;
        }
        Secrets s = Secrets.generate();
        // Secrets first, the ConfigMap last: its presence is what marks a complete set.
        create(http, token, api + "/secrets", "Secret", "web-app-jwt-signing-key", "stringData",
                Map.of("privateKey.pem", s.privateKeyPem()));
        create(http, token, api + "/secrets", "Secret", "tactful-optout", "stringData", Map.of("secret", s.optOutSecret()));
        create(http, token, api + "/secrets", "Secret", "inbox-service-key", "stringData",
                Map.of("TACTFUL_INBOX_KEY", s.inboxKey()));
        create(http, token, api + "/configmaps", "ConfigMap", "tactful-jwt-public-key", "data",
                Map.of("publicKey.pem", s.publicKeyPem()));
        System.out.println("Generated a JWT key pair, an opt-out secret and an inbox key in namespace " + namespace + ".");
    }

    private static boolean exists(HttpClient http, String token, String url) throws Exception {
        int status = http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).GET().build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
        if (status != 200 && status != 404) {
            throw new IOException("GET " + url + " answered " + status);
        }
        return status == 200;
    }

    private static void create(HttpClient http, String token, String url, String kind, String name, String field,
            Map<String, String> data) throws Exception {
        StringBuilder body = new StringBuilder("{\"apiVersion\":\"v1\",\"kind\":\"" + kind + "\",\"metadata\":{\"name\":\""
                + name + "\",\"labels\":{\"app.kubernetes.io/part-of\":\"tactful\",\"app.kubernetes.io/managed-by\":\"tactful-keygen\"}},\""
                + field + "\":{");
        String sep = "";
        for (Map.Entry<String, String> e : new LinkedHashMap<>(data).entrySet()) {
            body.append(sep).append(json(e.getKey())).append(':').append(json(e.getValue()));
            sep = ",";
        }
        body.append("}}");
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(),
                HttpResponse.BodyHandlers.ofString());
        // 409: left by an earlier, interrupted run; its value stays, as it may be in use already.
        if (r.statusCode() != 201 && r.statusCode() != 409) {
            throw new IOException("Creating " + kind + " " + name + " answered " + r.statusCode());
        }
    }

    private static SSLContext trusting(Path caCert) throws Exception {
        KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
        store.load(null, null);
        try (var in = Files.newInputStream(caCert)) {
            int i = 0;
            for (var cert : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                store.setCertificateEntry("ca" + i++, cert);
            }
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(store);
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(null, tmf.getTrustManagers(), RANDOM);
        return ctx;
    }

    private static void write(Path file, String content) throws IOException {
        Files.writeString(file, content, StandardCharsets.US_ASCII);
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system: the volume's own permissions apply.
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der) + "\n-----END " + type + "-----\n";
    }

    private static byte[] random(int n) {
        byte[] b = new byte[n];
        RANDOM.nextBytes(b);
        return b;
    }

    private static String json(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
