import java.io.IOException;

/**
 * The floor for any JVM node: a program that only copies stdin to stdout. Start-up figures of the
 * node are compared with it (see the README's Benchmarks section):
 * javac -d /tmp/echo protocol-node/bench/Echo.java && java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -cp /tmp/echo Echo
 */
public final class Echo {
    public static void main(String[] args) throws IOException {
        byte[] b = new byte[8192];
        int n;
        while ((n = System.in.read(b)) > 0) {
            System.out.write(b, 0, n);
            System.out.flush();
        }
    }
}
