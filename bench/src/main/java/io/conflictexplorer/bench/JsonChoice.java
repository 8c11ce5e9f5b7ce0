package io.conflictexplorer.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.conflictexplorer.node.json.Json;
import io.conflictexplorer.node.json.JsonException;
import io.conflictexplorer.node.json.JsonParser;
import io.conflictexplorer.node.json.JsonWriter;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The measured alternative of docs/decisions/the-nodes-own-json.md: the node's own JSON
 * against jackson-databind, doing a node's job for each line of stdin: parse the request into a
 * tree, read its {@code src}, {@code dest} and its body's {@code type}, {@code msg_id} and
 * {@code key}, and write a reply line on stdout. The node's way writes the reply as text
 * ({@link JsonWriter}); Jackson's builds an {@code ObjectNode} and writes it, as one would. The same
 * line splitting and output buffer for both; whole-process figures, so start-up counts.
 *
 * <pre>
 * java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xshare:auto \
 *   -cp bench/target/benchmarks.jar io.conflictexplorer.bench.JsonChoice node|jackson &lt; CASE.in &gt; /dev/null
 * </pre>
 */
public final class JsonChoice {

    private JsonChoice() {}

    /** What one way does with one line. */
    private interface Way {
        byte[] reply(byte[] line, int off, int len) throws IOException;
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1 || !(args[0].equals("node") || args[0].equals("jackson"))) {
            System.err.println("usage: JsonChoice node|jackson < LINES");
            System.exit(2);
        }
        Way way = args[0].equals("node") ? new NodeWay() : new JacksonWay();
        OutputStream out = new FileOutputStream(FileDescriptor.out);
        byte[] buffer = new byte[64 * 1024];
        int buffered = 0;
        byte[] line = new byte[4096];
        int len = 0;
        InputStream in = new FileInputStream(FileDescriptor.in);
        byte[] chunk = new byte[64 * 1024];
        int n;
        while ((n = in.read(chunk)) > 0) {
            for (int i = 0; i < n; i++) {
                if (chunk[i] != '\n') {
                    if (len == line.length) {
                        line = Arrays.copyOf(line, len * 2);
                    }
                    line[len++] = chunk[i];
                    continue;
                }
                byte[] reply = way.reply(line, 0, len);
                len = 0;
                if (buffered + reply.length + 1 > buffer.length) {
                    out.write(buffer, 0, buffered);
                    buffered = 0;
                }
                System.arraycopy(reply, 0, buffer, buffered, reply.length);
                buffered += reply.length;
                buffer[buffered++] = '\n';
            }
        }
        out.write(buffer, 0, buffered);
        out.flush();
    }

    /** The node's parser and writer (node.json). */
    private static final class NodeWay implements Way {
        @Override
        public byte[] reply(byte[] line, int off, int len) throws IOException {
            Json.Obj msg;
            try {
                msg = (Json.Obj) JsonParser.parse(line, off, len, 512);
            } catch (JsonException e) {
                throw new IOException(e.getMessage());
            }
            Json.Obj body = (Json.Obj) msg.get("body");
            StringBuilder sb = new StringBuilder(128).append("{\"src\": ");
            JsonWriter.write(sb, msg.get("dest"));
            sb.append(", \"dest\": ");
            JsonWriter.write(sb, msg.get("src"));
            sb.append(", \"body\": {\"type\": ");
            JsonWriter.string(sb, ((Json.Str) body.get("type")).value() + "_ok");
            sb.append(", \"key\": ");
            JsonWriter.write(sb, body.get("key") == null ? Json.Null.INSTANCE : body.get("key"));
            sb.append(", \"in_reply_to\": ");
            JsonWriter.write(sb, body.get("msg_id"));
            sb.append("}}");
            return sb.toString().getBytes(StandardCharsets.ISO_8859_1);
        }
    }

    /** jackson-databind: a tree in, a tree out. */
    private static final class JacksonWay implements Way {
        private final ObjectMapper mapper = new ObjectMapper();

        @Override
        public byte[] reply(byte[] line, int off, int len) throws IOException {
            JsonNode msg = mapper.readTree(line, off, len);
            JsonNode body = msg.get("body");
            ObjectNode reply = mapper.createObjectNode();
            reply.set("src", msg.get("dest"));
            reply.set("dest", msg.get("src"));
            ObjectNode replyBody = reply.putObject("body");
            replyBody.put("type", body.get("type").asText() + "_ok");
            replyBody.set("key", body.get("key"));
            replyBody.set("in_reply_to", body.get("msg_id"));
            return mapper.writeValueAsBytes(reply);
        }
    }
}
