/** The example queries of docs/examples/, put into the bundle by explorer/build.mjs. */
declare module "entente:examples" {
  const examples: readonly { readonly title: string; readonly query: string }[];
  export default examples;
}
