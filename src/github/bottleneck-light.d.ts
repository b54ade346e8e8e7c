// bottleneck ships types for its full build only; the light build (no Redis), which the Octokit
// plugins load too, has the same API.
declare module 'bottleneck/light.js' {
  import Bottleneck from 'bottleneck';
  export default Bottleneck;
}
