// Kept in a file, not inline in docs.html, so that the Content-Security-Policy can forbid inline scripts.
window.ui = SwaggerUIBundle({ url: "/openapi.json", dom_id: "#swagger-ui", deepLinking: true, validatorUrl: null });
