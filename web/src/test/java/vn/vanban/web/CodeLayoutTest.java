package vn.vanban.web;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The code layout the README describes, checked over the sources of every module (this module's parent directory
 * holds them all): packages small enough to read, backing beans the size of a page section, a package-info in every
 * main package, and a domain model that knows nothing of how documents are rendered.
 */
class CodeLayoutTest {

    private static final Path PROJECT = Path.of("").toAbsolutePath().getParent();
    private static final List<String> MODULES = List.of("reports", "domain", "web", "ear", "bench");
    private static final int MAX_FILES_PER_PACKAGE = 25;
    private static final int MAX_BACKING_BEAN_LINES = 250;

    @Test
    void noPackageHoldsMoreThan25Classes() throws IOException {
        List<String> crowded = new ArrayList<>();
        for (Path directory : packageDirectories("main", "test")) {
            long classes = javaFiles(directory).filter(f -> !f.getFileName().toString().equals("package-info.java"))
                    .count();
            if (classes > MAX_FILES_PER_PACKAGE) {
                crowded.add(PROJECT.relativize(directory) + " (" + classes + ")");
            }
        }
        assertThat(crowded).isEmpty();
    }

    @Test
    void everyMainPackageSaysWhatItHolds() throws IOException {
        List<String> undescribed = new ArrayList<>();
        for (Path directory : packageDirectories("main")) {
            if (!Files.exists(directory.resolve("package-info.java"))) {
                undescribed.add(PROJECT.relativize(directory).toString());
            }
        }
        assertThat(undescribed).isEmpty();
    }

    @Test
    void noBackingBeanIsOver250Lines() throws IOException {
        List<String> large = new ArrayList<>();
        try (Stream<Path> files = Files.walk(PROJECT.resolve("web/src/main/java"))) {
            for (Path bean : files.filter(f -> f.getFileName().toString().endsWith("Backing.java")).toList()) {
                int lines = Files.readAllLines(bean).size();
                if (lines > MAX_BACKING_BEAN_LINES) {
                    large.add(bean.getFileName() + " (" + lines + ")");
                }
            }
        }
        assertThat(large).isEmpty();
    }

    @Test
    void theDomainDependsOnNoRenderer() throws IOException {
        List<String> renderingDomain = new ArrayList<>();
        try (Stream<Path> files = Files.walk(PROJECT.resolve("domain/src/main/java/vn/vanban/domain"))) {
            for (Path source : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                if (Files.readString(source).contains("import vn.vanban.reports.")) {
                    renderingDomain.add(source.getFileName().toString());
                }
            }
        }
        assertThat(renderingDomain).isEmpty();
    }

    private static List<Path> packageDirectories(String... sourceSets) throws IOException {
        List<Path> directories = new ArrayList<>();
        for (String module : MODULES) {
            for (String sourceSet : sourceSets) {
                Path root = PROJECT.resolve(module).resolve("src").resolve(sourceSet).resolve("java");
                if (!Files.isDirectory(root)) {
                    continue;
                }
                try (Stream<Path> walk = Files.walk(root)) {
                    for (Path directory : walk.filter(Files::isDirectory).toList()) {
                        if (javaFiles(directory).findAny().isPresent()) {
                            directories.add(directory);
                        }
                    }
                }
            }
        }
        return directories;
    }

    private static Stream<Path> javaFiles(Path directory) throws IOException {
        try (Stream<Path> list = Files.list(directory)) {
            return list.filter(f -> f.toString().endsWith(".java")).toList().stream();
        }
    }
}
