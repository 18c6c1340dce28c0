package org.atelier.web.guard;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Comparator;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.runtime.HttpServiceRuntime;
import org.osgi.service.servlet.runtime.HttpServiceRuntimeConstants;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardFilterAsyncSupported;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardFilterPattern;

/**
 * Guards every request to the workbench's server, and announces its address once it can.
 *
 * <ul>
 * <li>On loopback only, a request must name a loopback host: a page of another site that rebinds its own name to
 * 127.0.0.1 (DNS rebinding) is refused.</li>
 * <li>Listening elsewhere, every request needs the access token printed at start (in the address, as a cookie
 * once the page opened, or as a bearer token), as a notebook server does.</li>
 * <li>A request that changes state needs the {@value #REQUEST_HEADER} header, which a cross-site form cannot send
 * and a cross-site script cannot without a CORS preflight this server never grants, and a same-origin
 * {@code Origin} when the browser sends one.</li>
 * <li>Every response forbids sniffing and framing by other sites, and scripts from elsewhere.</li>
 * </ul>
 */
@Component(service = Filter.class, immediate = true)
@HttpWhiteboardFilterPattern("/*")
@HttpWhiteboardFilterAsyncSupported // the event stream is an asynchronous servlet, and passes through here
public final class AccessGuard implements Filter {
    /** The header state-changing requests carry. */
    public static final String REQUEST_HEADER = "X-Atelier-Request";
    static final String TOKEN_COOKIE = "atelier-token";
    static final String TOKEN_PARAMETER = "token";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; "
            + "style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'none'; frame-ancestors 'self'; "
            + "form-action 'self'";

    private final boolean loopbackOnly;
    private final String token;
    private final String address;
    private final ServiceRegistration<WebAddress> announcement;

    @Activate
    public AccessGuard(@Reference(service = HttpServiceRuntime.class) ServiceReference<HttpServiceRuntime> runtime,
            BundleContext context) {
        List<String> endpoints = endpoints(runtime.getProperty(HttpServiceRuntimeConstants.HTTP_SERVICE_ENDPOINT));
        this.loopbackOnly = !endpoints.isEmpty() && endpoints.stream().allMatch(AccessGuard::isLoopback);
        this.token = newToken();
        String first = endpoints.stream().min(Comparator.comparingInt(AccessGuard::preference))
                .orElse("http://127.0.0.1/");
        this.address = loopbackOnly ? first : first + "?" + TOKEN_PARAMETER + "=" + token;
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put(WebAddress.ADDRESS, address);
        this.announcement = context.registerService(WebAddress.class, new WebAddress(address), properties);
    }

    @Deactivate
    void deactivate() {
        announcement.unregister();
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("Cache-Control", "no-store");

        if (loopbackOnly && !isLoopbackHost(request.getServerName())) {
            refuse(response, HttpServletResponse.SC_FORBIDDEN, "this workbench answers on its loopback address only");
            return;
        }
        if (!loopbackOnly && !hasToken(request, response)) {
            refuse(response, HttpServletResponse.SC_UNAUTHORIZED,
                    "open the address printed at start, with its access token");
            return;
        }
        if (!SAFE_METHODS.contains(request.getMethod().toUpperCase(Locale.ROOT)) && !sameOrigin(request)) {
            refuse(response, HttpServletResponse.SC_FORBIDDEN, "cross-site request refused");
            return;
        }
        chain.doFilter(req, res);
    }

    /** The token from a bearer header, the cookie, or the address (which then sets the cookie). */
    private boolean hasToken(HttpServletRequest request, HttpServletResponse response) {
        String header = request.getHeader("Authorization");
        if (header != null && header.startsWith("Bearer ") && matches(header.substring(7).trim())) {
            return true;
        }
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (TOKEN_COOKIE.equals(cookie.getName()) && matches(cookie.getValue())) {
                    return true;
                }
            }
        }
        if (matches(request.getParameter(TOKEN_PARAMETER))) {
            Cookie cookie = new Cookie(TOKEN_COOKIE, token);
            cookie.setHttpOnly(true);
            cookie.setPath("/");
            cookie.setAttribute("SameSite", "Strict");
            response.addCookie(cookie);
            return true;
        }
        return false;
    }

    private boolean matches(String candidate) {
        return candidate != null && MessageDigest.isEqual(
                candidate.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8));
    }

    private static boolean sameOrigin(HttpServletRequest request) {
        if (request.getHeader(REQUEST_HEADER) == null) {
            return false;
        }
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        if (fetchSite != null && !fetchSite.equals("same-origin") && !fetchSite.equals("none")) {
            return false;
        }
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return true;
        }
        try {
            URI uri = URI.create(origin);
            int port = uri.getPort() == -1 ? ("https".equals(uri.getScheme()) ? 443 : 80) : uri.getPort();
            return uri.getHost() != null && uri.getHost().equalsIgnoreCase(request.getServerName())
                    && port == request.getServerPort();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static void refuse(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter().write("{\"error\":\"" + message + "\"}");
    }

    private static List<String> endpoints(Object property) {
        if (property instanceof String[] values) {
            return List.of(values);
        }
        if (property instanceof java.util.Collection<?> values) {
            return values.stream().map(String::valueOf).toList();
        }
        return property == null ? List.of() : List.of(property.toString());
    }

    /**
     * Which endpoint the address names when the server listens on several: one reachable from other machines
     * and easy to type (IPv4, then a name), an IPv6 address with a zone last.
     */
    private static int preference(String endpoint) {
        String host;
        try {
            host = URI.create(endpoint).getHost();
        } catch (IllegalArgumentException e) {
            return 4;
        }
        if (host == null) {
            return 4;
        }
        if (host.matches("[0-9.]+")) {
            return isLoopbackHost(host) ? 2 : 0;
        }
        return host.startsWith("[") ? (host.contains("%") ? 3 : 2) : 1;
    }

    private static boolean isLoopback(String endpoint) {
        try {
            return isLoopbackHost(URI.create(endpoint).getHost());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean isLoopbackHost(String host) {
        if (host == null) {
            return false;
        }
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (bare.equalsIgnoreCase("localhost")) {
            return true;
        }
        // Only literal addresses are looked at: resolving a name here would be the rebinding itself.
        if (!bare.matches("[0-9.]+|[0-9a-fA-F:]+")) {
            return false;
        }
        try {
            return InetAddress.getByName(bare).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static String newToken() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
