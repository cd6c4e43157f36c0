/** The README's example questions, put into the bundle by explorer/build.mjs. */
declare module "entente:readme-examples" {
  const examples: readonly { readonly title: string; readonly query: string }[];
  export default examples;
}
