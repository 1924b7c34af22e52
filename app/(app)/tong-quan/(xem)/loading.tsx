import { LoadingPage } from "@/components/ui/LoadingPage";

// Below the frame (tabs and period stay on screen): a skeleton of the view.
export default function Loading() {
  return <LoadingPage />;
}
