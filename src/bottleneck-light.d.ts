/** bottleneck's build without clustering, as @octokit/plugin-throttling imports it: the package's own types. */
declare module 'bottleneck/light.js' {
  import Bottleneck from 'bottleneck';
  export default Bottleneck;
}
