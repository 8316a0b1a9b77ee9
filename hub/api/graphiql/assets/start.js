// Passerelle's GraphiQL page: its own script is a file too, so the page's Content-Security-Policy
// allows no inline script and nothing from another origin.
(function () {
  "use strict";
  const EXAMPLE = `# Passerelle's GraphQL API. Your key and language go in
# the Headers tab below:
#   {"Authorization": "Bearer <key>", "Accept-Language": "ar"}
# Without a key you read what is public. Ctrl-Enter runs.

# The hub's cities, named in your language
{
  cities {
    id
    name { text dir }
    technoparkStatus
  }
}
`;
  const params = new URLSearchParams(window.location.search);
  const url = window.location.origin + window.location.pathname;

  // The query and variables stay in the address, so a link shares them (keys never do).
  function remember(key, value) {
    if (value) params.set(key, value);
    else params.delete(key);
    history.replaceState(null, "", "?" + params.toString());
  }

  const explorer = GraphiQLPluginExplorer.explorerPlugin();

  function Passerelle() {
    return React.createElement(GraphiQL, {
      fetcher: GraphiQL.createFetcher({ url: url }),
      plugins: [explorer],
      defaultQuery: EXAMPLE,
      query: params.get("query") || undefined,
      variables: params.get("variables") || undefined,
      defaultHeaders: '{"Accept-Language": "fr"}',
      onEditQuery: function (query) { remember("query", query); },
      onEditVariables: function (variables) { remember("variables", variables); },
      isHeadersEditorEnabled: true,
      // Headers hold API keys: not kept in the browser's storage.
      shouldPersistHeaders: false,
      defaultEditorToolsVisibility: true,
    });
  }

  ReactDOM.createRoot(document.getElementById("graphiql")).render(React.createElement(Passerelle));
})();
