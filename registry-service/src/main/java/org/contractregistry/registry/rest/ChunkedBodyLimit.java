package org.contractregistry.registry.rest;

import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.contractregistry.registry.domain.ErrorCode;
import org.contractregistry.registry.domain.RegistryException;
import org.contractregistry.registry.infra.RegistrySettings;

/**
 * A request body sent without a length (chunked) is counted as it is read into the request's object, and refused
 * with 413 as soon as it passes {@code registry.max-request-bytes} (a body with a length is refused before routing,
 * {@link RequestFilters}). Counted here, on the stream the body is read from, rather than by replacing the request's
 * stream before routing: an endpoint that answers on the event loop has its body read without blocking first.
 */
@Provider
public class ChunkedBodyLimit implements ReaderInterceptor {
    /** Looked up when a body is read: interceptors are made while the application starts, before its config. */
    private final Instance<RegistrySettings> settings;

    public ChunkedBodyLimit(Instance<RegistrySettings> settings) {
        this.settings = settings;
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (context.getHeaders().getFirst(HttpHeaders.CONTENT_LENGTH) == null) {
            context.setInputStream(new Limited(context.getInputStream(), settings.get().maxRequestBytes()));
        }
        return context.proceed();
    }

    /** A body of unknown length (chunked): refused with 413 as soon as it passes the limit. */
    static final class Limited extends FilterInputStream {
        private final long limit;
        private long read;

        Limited(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > limit) {
                throw new RegistryException(ErrorCode.REQUEST_TOO_LARGE,
                        RequestFilters.tooLarge("more than " + limit + " bytes", limit));
            }
        }
    }
}
